import { expect } from "chai";
import { EspruinoStorage } from "../../hal/virtual/flash/storage";
import { PICO_STORAGE, picoStorage } from "./fixtures";

describe("Storage boot check", () => {
  it("keeps valid Storage as it is", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "1");
    storage.write("b", "2");
    storage.erase("a");
    flash.resetCounters();
    expect(new EspruinoStorage(flash, PICO_STORAGE).bootCheck()).to.deep.equal({ valid: true, erased: false });
    expect(flash.counters.erases).to.equal(0);
    expect(storage.list()).to.deep.equal(["b"]);
  });

  it("erases ALL of Storage when the chain ends in a corrupt header (size 0) in the last page", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "A".repeat(40000)); // ends in the third (last) page
    flash.program(PICO_STORAGE.start + 32 + 40000, new Uint8Array(4)); // the next header's size word
    expect(storage.bootCheck()).to.deep.equal({ valid: false, erased: true });
    expect(flash.peek(PICO_STORAGE.start, PICO_STORAGE.size).every((b) => b === 0xff)).to.equal(true);
  });

  it("does not notice a corrupt header when the next page is blank (it looks there and sees 0xFF)", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "1");
    storage.write("b", "2");
    flash.program(PICO_STORAGE.start + 36, new Uint8Array(4)); // b's size word: 0 ends the chain
    expect(storage.bootCheck()).to.deep.equal({ valid: true, erased: false });
    expect(storage.list()).to.deep.equal(["a"]);
  });

  it("erases ALL of Storage when the first page is blank but a later one holds data", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "A".repeat(20000));
    flash.erase(PICO_STORAGE.start);
    expect(storage.bootCheck()).to.deep.equal({ valid: false, erased: true });
    expect(storage.list()).to.deep.equal([]);
  });
});
