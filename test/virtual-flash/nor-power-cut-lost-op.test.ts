import { expect } from "chai";
import { PowerCutError } from "../../hal/virtual/flash/nor-flash";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash power cut, mode lost", () => {
  it("afterOps: 2 lets two program/erase ops complete; the third never reaches the flash and throws", () => {
    const flash = picoFlash();
    flash.armPowerCut({ afterOps: 2, mode: "lost" });
    flash.program(STM32_FLASH, bytes(1, 1, 1, 1));
    flash.read(STM32_FLASH, 4); // reads are not counted
    flash.program(STM32_FLASH + 4, bytes(2, 2, 2, 2));
    expect(() => flash.program(STM32_FLASH + 8, bytes(3, 3, 3, 3))).to.throw(PowerCutError);
    expect(flash.powerFailed).to.equal(true);
    expect(flash.counters.programs).to.equal(2);
    expect([...flash.peek(STM32_FLASH, 12)]).to.deep.equal([1, 1, 1, 1, 2, 2, 2, 2, 0xff, 0xff, 0xff, 0xff]);
  });

  it("afterOps: 0 cuts the very next op, an erase too", () => {
    const flash = picoFlash();
    flash.program(STM32_FLASH, bytes(0, 0, 0, 0));
    flash.armPowerCut({ afterOps: 0, mode: "lost" });
    expect(() => flash.erase(STM32_FLASH)).to.throw(PowerCutError, /lost/);
    expect(flash.peek(STM32_FLASH, 1)[0]).to.equal(0);
  });
});
