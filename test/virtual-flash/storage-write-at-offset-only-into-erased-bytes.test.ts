import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage write at an offset", () => {
  it("fills still-erased bytes of an existing file (the interpreter's documented example)", () => {
    const { storage } = picoStorage();
    storage.write("a", "Hello", 0, 14);
    storage.write("a", " ", 5);
    storage.write("a", "World!!!", 6);
    expect(storage.read("a")).to.equal("Hello World!!!");
  });

  it("throws 'File already written with different data' over written bytes, leaving them as they were", () => {
    const { storage } = picoStorage();
    storage.write("a", "Hello", 0, 14);
    expect(() => storage.write("a", "J", 1)).to.throw("File already written with different data");
    expect(() => storage.write("a", "xx", 4)).to.throw("File already written with different data");
    expect(storage.read("a")!.slice(0, 5)).to.equal("Hello");
  });

  it("throws 'Too much data for file size' past the end, and cannot create a file", () => {
    const { storage } = picoStorage();
    storage.write("a", "Hello", 0, 8);
    expect(() => storage.write("a", "World", 5)).to.throw("Too much data for file size");
    expect(() => storage.write("nofile", "x", 3)).to.throw("Unable to find or create file");
  });

  it("offset 0 rewrites the whole file", () => {
    const { storage } = picoStorage();
    storage.write("a", "Hello", 0, 14);
    storage.write("a", " ", 0);
    expect(storage.read("a")).to.equal(" ");
  });
});
