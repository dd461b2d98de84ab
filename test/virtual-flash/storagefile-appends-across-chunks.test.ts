import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("StorageFile append", () => {
  it("writes lines into 4064-byte chunks, reads them back line by line, and reopening in 'a' continues at the end", () => {
    const { storage } = picoStorage();
    const lines = Array.from({ length: 120 }, (_, i) => `event ${i} ${"x".repeat(40)}\n`);
    const log = storage.open("events", "w");
    for (const line of lines.slice(0, 100)) log.write(line);
    const appender = storage.open("events", "a");
    for (const line of lines.slice(100)) appender.write(line);
    expect(storage.list(/^events/)).to.deep.equal(["events\x01"]);
    expect(storage.list(undefined, { sf: true })).to.deep.equal(["events"]);
    const reader = storage.open("events", "r");
    const read: string[] = [];
    for (let line = reader.readLine(); line !== undefined; line = reader.readLine()) read.push(line);
    expect(read).to.deep.equal(lines);
    expect(storage.open("events", "r").getLength()).to.equal(lines.join("").length);
    expect(storage.getStats().fileCount).to.equal(2);
  });

  it("the interpreter's example: read(13) chunks, then undefined", () => {
    const { storage } = picoStorage();
    const f = storage.open("foobar", "w");
    for (const part of ["Hell", "o World\n", "Hello\n", "World 2\n", "Hello World 3\n"]) f.write(part);
    const r = storage.open("foobar", "r");
    expect([r.read(13), r.read(13), r.read(13), r.read(13), r.read(13)]).to.deep.equal([
      "Hello World\nH",
      "ello\nWorld 2\n",
      "Hello World 3",
      "\n",
      undefined,
    ]);
  });

  it("'w' erases the previous content; erase() removes every chunk; modes are enforced", () => {
    const { storage } = picoStorage();
    const f = storage.open("log", "w");
    for (let i = 0; i < 5; i++) f.write("y".repeat(1000));
    storage.open("log", "w").write("fresh");
    expect(storage.open("log", "r").read(100)).to.equal("fresh");
    expect(() => storage.open("log", "r").write("x")).to.throw("Can't write in this mode");
    expect(() => storage.open("log", "a").read(1)).to.throw("Can't read in this mode");
    expect(() => storage.open("log", "x")).to.throw('Invalid mode "x"');
    storage.open("log", "r").erase();
    expect(storage.list()).to.deep.equal([]);
  });

  it("a single write longer than a chunk into a new chunk throws, like the interpreter", () => {
    const { storage } = picoStorage();
    const f = storage.open("big", "w");
    expect(() => f.write("z".repeat(5000))).to.throw("Too much data for file size");
    expect(() => f.write("z")).to.throw("Can't write in this mode");
  });
});
