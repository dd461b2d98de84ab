import { expect } from "chai";
import { picoStorage } from "./fixtures";

describe("Storage when a write does not fit", () => {
  it("throws 'Unable to find or create file' and leaves the other files alone", () => {
    const { storage } = picoStorage();
    storage.write("a", "A".repeat(20000));
    storage.write("b", "B".repeat(20000));
    expect(() => storage.write("c", "C".repeat(10000))).to.throw(Error, "Unable to find or create file");
    expect(storage.list()).to.deep.equal(["a", "b"]);
    expect(storage.read("b")).to.equal("B".repeat(20000));
  });

  it("does not compact (no erase) when even compaction could not make room", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "A".repeat(20000));
    storage.write("t", "trash");
    storage.erase("t");
    flash.resetCounters();
    // The interpreter counts an empty page twice when estimating room, so "could not" means really big.
    expect(() => storage.write("c", "C".repeat(48000))).to.throw("Unable to find or create file");
    expect(flash.counters.erases).to.equal(0);
  });

  it("replacing a file with one too big loses the old one (it was deleted first)", () => {
    const { storage } = picoStorage();
    storage.write("a", "A".repeat(20000));
    storage.write("b", "B".repeat(20000));
    expect(() => storage.write("b", "B".repeat(30000))).to.throw("Unable to find or create file");
    expect(storage.read("b")).to.equal(undefined);
  });
});
