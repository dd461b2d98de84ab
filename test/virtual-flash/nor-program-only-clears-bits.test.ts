import { expect } from "chai";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash program", () => {
  it("starts erased (0xFF) and can only turn 1 bits into 0: the result is old AND new", () => {
    const flash = picoFlash();
    expect([...flash.read(STM32_FLASH, 4)]).to.deep.equal([0xff, 0xff, 0xff, 0xff]);
    flash.program(STM32_FLASH, bytes(0xf0, 0x0f, 0xaa, 0xff));
    flash.program(STM32_FLASH, bytes(0x3c, 0xff, 0x55, 0x00));
    expect([...flash.read(STM32_FLASH, 4)]).to.deep.equal([0x30, 0x0f, 0x00, 0x00]);
  });

  it("sets bits back to 1 only by erasing the whole unit", () => {
    const flash = picoFlash();
    flash.program(STM32_FLASH + 8, bytes(0, 0, 0, 0));
    flash.erase(STM32_FLASH + 0x3fff);
    expect([...flash.read(STM32_FLASH + 8, 4)]).to.deep.equal([0xff, 0xff, 0xff, 0xff]);
  });
});
