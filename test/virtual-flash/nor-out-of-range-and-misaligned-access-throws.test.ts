import { expect } from "chai";
import { NorFlash } from "../../hal/virtual/flash/nor-flash";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash bounds and alignment", () => {
  it("throws a clear error for reads, programs and erases outside every region", () => {
    const flash = picoFlash();
    const end = STM32_FLASH + 512 * 1024;
    expect(() => flash.read(end - 2, 4)).to.throw(/outside every flash region/);
    expect(() => flash.program(STM32_FLASH - 4, bytes(0, 0, 0, 0))).to.throw(/outside every flash region/);
    expect(() => flash.erase(end)).to.throw(/0x08080000 is outside every flash region/);
  });

  it("refuses a gap between regions", () => {
    const flash = new NorFlash({ base: 0, regions: [{ start: 0, size: 4096, eraseUnit: 4096 }, { start: 8192, size: 4096, eraseUnit: 4096 }] });
    expect(() => flash.read(4000, 200)).to.throw(/reach 0x00001000, outside/);
    expect(() => flash.read(8192, 4)).not.to.throw();
  });

  it("refuses programs not aligned to the 4-byte program unit", () => {
    const flash = picoFlash();
    expect(() => flash.program(STM32_FLASH + 2, bytes(0, 0, 0, 0))).to.throw(/not aligned to the 4-byte program unit/);
    expect(() => flash.program(STM32_FLASH, bytes(0, 0))).to.throw(/not aligned/);
  });

  it("refuses overlapping regions and sizes that are not whole erase units", () => {
    expect(() => new NorFlash({ base: 0, regions: [{ start: 0, size: 6000, eraseUnit: 4096 }] })).to.throw(/not a multiple/);
    expect(
      () => new NorFlash({ base: 0, regions: [{ start: 0, size: 8192, eraseUnit: 4096 }, { start: 4096, size: 4096, eraseUnit: 4096 }] }),
    ).to.throw(/overlapping/);
  });
});
