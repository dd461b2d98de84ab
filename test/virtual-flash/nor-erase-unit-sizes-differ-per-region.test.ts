import { expect } from "chai";
import { bytes, picoFlash, STM32_FLASH } from "./fixtures";

const KB = 1024;

describe("NorFlash erase units", () => {
  it("reports the STM32F4 sector containing an address: 16, 64 or 128 KB", () => {
    const flash = picoFlash();
    expect(flash.eraseUnitAt(STM32_FLASH + 20 * KB)).to.deep.equal({ start: STM32_FLASH + 16 * KB, size: 16 * KB });
    expect(flash.eraseUnitAt(STM32_FLASH + 100 * KB)).to.deep.equal({ start: STM32_FLASH + 64 * KB, size: 64 * KB });
    expect(flash.eraseUnitAt(STM32_FLASH + 300 * KB)).to.deep.equal({ start: STM32_FLASH + 256 * KB, size: 128 * KB });
  });

  it("erase(addr) clears exactly the unit containing addr, whatever its size", () => {
    const flash = picoFlash();
    const sectorStart = STM32_FLASH + 128 * KB;
    for (const addr of [sectorStart - 4, sectorStart, sectorStart + 128 * KB - 4, sectorStart + 128 * KB]) {
      flash.program(addr, bytes(0, 0, 0, 0));
    }
    flash.erase(sectorStart + 5000);
    expect(flash.read(sectorStart - 4, 1)[0]).to.equal(0);
    expect(flash.read(sectorStart, 1)[0]).to.equal(0xff);
    expect(flash.read(sectorStart + 128 * KB - 4, 1)[0]).to.equal(0xff);
    expect(flash.read(sectorStart + 128 * KB, 1)[0]).to.equal(0);
  });
});
