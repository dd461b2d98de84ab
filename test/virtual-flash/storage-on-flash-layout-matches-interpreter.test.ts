import { expect } from "chai";
import { PICO_STORAGE, picoStorage } from "./fixtures";

const START = PICO_STORAGE.start;

describe("Storage on-flash layout", () => {
  it("is a 32-byte header (24-bit size + flags, 28-byte zero-padded name), data padded to 4 bytes, next file after it", () => {
    const { flash, storage } = picoStorage();
    storage.write("abc", "hello");
    storage.write("d", "x");
    const image = flash.peek(START, 80);
    expect([...image.subarray(0, 4)]).to.deep.equal([5, 0, 0, 0]);
    expect([...image.subarray(4, 8)]).to.deep.equal([0x61, 0x62, 0x63, 0]);
    expect([...image.subarray(8, 32)].every((b) => b === 0)).to.equal(true);
    expect(String.fromCharCode(...image.subarray(32, 37))).to.equal("hello");
    expect([...image.subarray(37, 40)]).to.deep.equal([0xff, 0xff, 0xff]);
    expect([...image.subarray(40, 45)]).to.deep.equal([1, 0, 0, 0, 0x64]);
  });

  it("deletes by programming the first 4 name bytes to 0, nothing else", () => {
    const { flash, storage } = picoStorage();
    storage.write("abcdef", "hello");
    storage.erase("abcdef");
    const image = flash.peek(START, 40);
    expect([...image.subarray(0, 12)]).to.deep.equal([5, 0, 0, 0, 0, 0, 0, 0, 0x65, 0x66, 0, 0]);
    expect(String.fromCharCode(...image.subarray(32, 37))).to.equal("hello");
  });

  it("marks StorageFile chunks with flag 64 and the chunk number as the name's last byte", () => {
    const { flash, storage } = picoStorage();
    storage.open("log", "w").write("x");
    const image = flash.peek(START, 8);
    expect(image[3]).to.equal(64);
    expect([...image.subarray(4, 8)]).to.deep.equal([0x6c, 0x6f, 0x67, 1]);
  });
});
