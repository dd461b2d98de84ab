import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage list", () => {
  it("lists live files in Storage order, filtered by a regex", () => {
    const { storage } = picoStorage();
    for (const name of ["app.js", "config.json", "lib.js"]) storage.write(name, name);
    storage.erase("config.json");
    storage.write("config.json", "again");
    expect(storage.list()).to.deep.equal(["app.js", "lib.js", "config.json"]);
    expect(storage.list(/\.js$/)).to.deep.equal(["app.js", "lib.js"]);
  });

  it("shows a StorageFile as its first chunk, or by name with {sf:true}, or hides it with {sf:false}", () => {
    const { storage } = picoStorage();
    storage.write("plain", "p");
    const log = storage.open("log", "w");
    for (let i = 0; i < 5; i++) log.write("L".repeat(1000)); // 4064-byte chunks: two of them
    expect(storage.list()).to.deep.equal(["plain", "log\x01"]);
    expect(storage.list(undefined, { sf: true })).to.deep.equal(["log"]);
    expect(storage.list(undefined, { sf: false })).to.deep.equal(["plain"]);
  });
});
