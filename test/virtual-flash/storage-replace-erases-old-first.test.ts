import { expect } from "chai";
import { PowerCutError } from "../../hal/virtual/flash/nor-flash";
import { EspruinoStorage } from "../../hal/virtual/flash/storage";
import { PICO_STORAGE, picoStorage } from "./fixtures";

describe("Storage replacing a file", () => {
  it("marks the old file deleted before writing the new one: a cut in between loses both, and boot does not notice", () => {
    const { flash, storage } = picoStorage();
    storage.write("config.json", '{"v":1}');
    flash.armPowerCut({ afterOps: 1, mode: "lost" }); // op 1 marks the old one deleted, op 2 (new header) is cut
    expect(() => storage.write("config.json", '{"v":22}')).to.throw(PowerCutError);
    flash.restorePower();
    const afterBoot = new EspruinoStorage(flash, PICO_STORAGE);
    expect(afterBoot.bootCheck()).to.deep.equal({ valid: true, erased: false });
    expect(afterBoot.read("config.json")).to.equal(undefined);
    expect(afterBoot.getStats().trashCount).to.equal(1);
  });

  it("does not touch flash when the same content is written again", () => {
    const { flash, storage } = picoStorage();
    storage.write("a", "same");
    flash.resetCounters();
    storage.write("a", "same");
    expect(flash.counters.programs + flash.counters.erases).to.equal(0);
  });
});
