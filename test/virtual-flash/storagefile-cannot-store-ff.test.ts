import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("StorageFile and byte 0xFF", () => {
  it("is written, but reading and getLength stop at it (0xFF marks the end)", () => {
    const { storage } = picoStorage();
    storage.open("log", "w").write("ab\xffcd");
    const reader = storage.open("log", "r");
    expect(reader.read(100)).to.equal("ab");
    expect(reader.read(100)).to.equal(undefined);
    expect(storage.open("log", "r").getLength()).to.equal(2);
  });

  it("makes a later append land on top of the bytes after it, corrupting them", () => {
    const { storage } = picoStorage();
    storage.open("log", "w").write("ab\xffcd");
    storage.open("log", "a").write("XY");
    const text = storage.open("log", "r").read(100);
    expect(text).to.not.equal("abXY");
    expect(text).to.equal("abX" + String.fromCharCode("Y".charCodeAt(0) & "c".charCodeAt(0)) + "d");
  });
});
