import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage write when only deleted files are in the way", () => {
  it("compacts (erasing pages) and then writes the file, keeping the live ones", () => {
    const { flash, storage } = picoStorage();
    storage.write("keep", "K".repeat(10000));
    storage.write("old", "O".repeat(20000));
    storage.erase("old");
    expect(storage.getStats().trashCount).to.equal(1);
    flash.resetCounters();
    storage.write("new", "N".repeat(25000));
    expect(flash.counters.erases).to.be.greaterThan(0);
    expect(storage.read("keep")).to.equal("K".repeat(10000));
    expect(storage.read("new")).to.equal("N".repeat(25000));
    expect(storage.getStats().trashCount).to.equal(0);
  });

  it("compact() removes trash and frees its space", () => {
    const { storage } = picoStorage();
    storage.write("a", "A".repeat(1000));
    storage.write("b", "B".repeat(1000));
    storage.erase("a");
    const before = storage.getFree();
    storage.compact();
    expect(storage.getFree()).to.equal(before + 1000 + 32);
    expect(storage.list()).to.deep.equal(["b"]);
    expect(storage.read("b")).to.equal("B".repeat(1000));
  });
});
