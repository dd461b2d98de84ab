import { expect } from "chai";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

describe("NorFlash counters", () => {
  it("counts reads, programs, programmed bytes and erases, and erases per unit for wear projections", () => {
    const flash = picoFlash();
    flash.read(STM32_FLASH, 16);
    flash.program(STM32_FLASH, bytes(1, 2, 3, 4, 5, 6, 7, 8));
    flash.erase(STM32_FLASH);
    flash.erase(STM32_FLASH + 100);
    flash.erase(STM32_FLASH + 0x4000);
    expect(flash.counters).to.deep.equal({ reads: 1, bytesRead: 16, programs: 1, bytesProgrammed: 8, erases: 3 });
    expect(flash.eraseCountAt(STM32_FLASH + 8)).to.equal(2);
    expect(flash.eraseCounts()).to.deep.equal([
      { start: STM32_FLASH, size: 0x4000, erases: 2 },
      { start: STM32_FLASH + 0x4000, size: 0x4000, erases: 1 },
    ]);
  });

  it("resetCounters clears operation and per-unit counts, not the data", () => {
    const flash = picoFlash();
    flash.program(STM32_FLASH, bytes(0, 0, 0, 0));
    flash.erase(STM32_FLASH + 0x4000);
    flash.resetCounters();
    expect(flash.counters).to.deep.equal({ reads: 0, bytesRead: 0, programs: 0, bytesProgrammed: 0, erases: 0 });
    expect(flash.eraseCounts()).to.deep.equal([]);
    expect(flash.peek(STM32_FLASH, 1)[0]).to.equal(0);
  });
});
