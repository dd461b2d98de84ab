import { expect } from "chai";
import { PowerCutError } from "../../hal/virtual/flash/nor-flash";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash after a power cut", () => {
  it("every read, program and erase throws PowerCutError until restorePower()", () => {
    const flash = picoFlash();
    flash.armPowerCut({ afterOps: 0, mode: "lost" });
    expect(() => flash.erase(STM32_FLASH)).to.throw(PowerCutError);
    expect(() => flash.read(STM32_FLASH, 1)).to.throw(PowerCutError, /no power/);
    expect(() => flash.program(STM32_FLASH, bytes(0, 0, 0, 0))).to.throw(PowerCutError);
    expect(() => flash.erase(STM32_FLASH)).to.throw(PowerCutError);
    expect(flash.snapshot().length).to.be.greaterThan(0); // host-side inspection still works
    flash.restorePower();
    expect(flash.powerFailed).to.equal(false);
    flash.program(STM32_FLASH, bytes(0, 0, 0, 0));
    expect(flash.read(STM32_FLASH, 1)[0]).to.equal(0);
  });

  it("restorePower drops a cut that was armed but had not happened", () => {
    const flash = picoFlash();
    flash.armPowerCut({ afterOps: 5, mode: "lost" });
    expect(flash.powerCutArmed).to.equal(true);
    flash.restorePower();
    expect(flash.powerCutArmed).to.equal(false);
    for (let i = 0; i < 10; i++) flash.erase(STM32_FLASH);
  });
});
