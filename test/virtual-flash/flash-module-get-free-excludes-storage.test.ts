import { expect } from "chai";
import { createFlashModule } from "../../hal/virtual/flash/flash-module";
import { PICO_STORAGE, picoFlash, STM32_FLASH } from "./fixtures";

const KB = 1024;

describe("require('Flash').getFree", () => {
  it("lists the board's free page-aligned areas, none overlapping Storage", () => {
    const flash = picoFlash();
    const free = [{ addr: STM32_FLASH + 384 * KB, length: 128 * KB }];
    const module = createFlashModule(flash, free);
    expect(module.getFree()).to.deep.equal(free);
    for (const area of module.getFree()) {
      const overlaps = area.addr < PICO_STORAGE.start + PICO_STORAGE.size && PICO_STORAGE.start < area.addr + area.length;
      expect(overlaps).to.equal(false);
      expect(module.getPage(area.addr)!.addr).to.equal(area.addr);
    }
  });

  it("refuses a free area that is not made of whole erase units", () => {
    expect(() => createFlashModule(picoFlash(), [{ addr: STM32_FLASH + 384 * KB, length: 64 * KB }])).to.throw(/erase-unit boundaries/);
  });

  it("returns copies: callers cannot change what the board reports", () => {
    const module = createFlashModule(picoFlash(), [{ addr: STM32_FLASH + 384 * KB, length: 128 * KB }]);
    module.getFree()[0].addr = 0;
    expect(module.getFree()[0].addr).to.equal(STM32_FLASH + 384 * KB);
  });
});
