import { expect } from "chai";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash strict mode", () => {
  it("throws when a byte that is not erased would be programmed, and leaves the flash unchanged", () => {
    const flash = picoFlash({ strict: true });
    flash.program(STM32_FLASH, bytes(0x12, 0xff, 0xff, 0xff));
    expect(() => flash.program(STM32_FLASH, bytes(0x10, 0x00, 0x00, 0x00))).to.throw(/0x08000000 is 0x12, not erased/);
    expect([...flash.read(STM32_FLASH, 4)]).to.deep.equal([0x12, 0xff, 0xff, 0xff]);
  });

  it("accepts 0xFF over a programmed byte (it clears nothing) and erased bytes next to it", () => {
    const flash = picoFlash({ strict: true });
    flash.program(STM32_FLASH, bytes(0x12, 0xff, 0xff, 0xff));
    flash.program(STM32_FLASH, bytes(0xff, 0x34, 0x56, 0x78));
    expect([...flash.read(STM32_FLASH, 4)]).to.deep.equal([0x12, 0x34, 0x56, 0x78]);
  });

  it("is off by default: reprogramming ANDs bits", () => {
    const flash = picoFlash();
    flash.program(STM32_FLASH, bytes(0x12, 0xff, 0xff, 0xff));
    flash.program(STM32_FLASH, bytes(0x10, 0xff, 0xff, 0xff));
    expect(flash.read(STM32_FLASH, 1)[0]).to.equal(0x10);
  });
});
