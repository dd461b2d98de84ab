import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage write with a size", () => {
  it("creates a file of that size whose unwritten bytes read as 0xFF", () => {
    const { storage } = picoStorage();
    expect(storage.write("a", "Hello", 0, 14)).to.equal(true);
    expect(storage.read("a")).to.equal("Hello" + "\xff".repeat(9));
    expect(new Uint8Array(storage.readArrayBuffer("a")!).slice(5)).to.deep.equal(new Uint8Array(9).fill(0xff));
  });

  it("read(name, offset, length) clips to the file", () => {
    const { storage } = picoStorage();
    storage.write("a", "Hello World");
    expect(storage.read("a", 6)).to.equal("World");
    expect(storage.read("a", 6, 2)).to.equal("Wo");
    expect(storage.read("a", 20)).to.equal("");
    expect(storage.read("missing")).to.equal(undefined);
  });
});
