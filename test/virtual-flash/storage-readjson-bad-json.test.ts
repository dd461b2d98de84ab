import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage readJSON", () => {
  it("throws a SyntaxError on bad JSON, or returns undefined with noExceptions", () => {
    const { storage } = picoStorage();
    storage.write("bad", "{ \"a\": ");
    expect(() => storage.readJSON("bad")).to.throw(SyntaxError);
    expect(storage.readJSON("bad", true)).to.equal(undefined);
  });

  it("returns undefined for a missing file, without throwing", () => {
    expect(picoStorage().storage.readJSON("missing")).to.equal(undefined);
  });

  it("reads JSON and the interpreter's lenient form (unquoted keys, single quotes, trailing commas)", () => {
    const { storage } = picoStorage();
    storage.write("obj", { pin: "1234", slots: [1, 2] });
    expect(storage.readJSON("obj")).to.deep.equal({ pin: "1234", slots: [1, 2] });
    storage.write("loose", "{a:1,'b':[-2,'\\x41',],}");
    expect(storage.readJSON("loose")).to.deep.equal({ a: 1, b: [-2, "A"] });
  });
});
