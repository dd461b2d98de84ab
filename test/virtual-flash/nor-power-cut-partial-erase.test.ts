import { expect } from "chai";
import { PowerCutError } from "../../hal/virtual/flash/nor-flash";
import { picoFlash, STM32_FLASH } from "./fixtures";

const UNIT = 16 * 1024;

function partlyErased(seed: number): { before: Uint8Array; after: Uint8Array } {
  const flash = picoFlash();
  const pattern = new Uint8Array(UNIT).map((_, i) => (i * 37) & 0x7e);
  flash.program(STM32_FLASH, pattern);
  flash.program(STM32_FLASH + UNIT, new Uint8Array(4)); // next unit, must not be touched
  flash.armPowerCut({ afterOps: 0, mode: "partial-erase", seed });
  expect(() => flash.erase(STM32_FLASH + 10)).to.throw(PowerCutError, /interrupted/);
  expect([...flash.peek(STM32_FLASH + UNIT, 4)]).to.deep.equal([0, 0, 0, 0]);
  return { before: pattern, after: flash.peek(STM32_FLASH, UNIT) };
}

describe("NorFlash power cut, mode partial-erase", () => {
  it("leaves the unit partly erased: some bytes 0xFF, some unchanged, some with extra bits set", () => {
    const { before, after } = partlyErased(3);
    let erased = 0;
    let unchanged = 0;
    let bitsSet = 0;
    for (let i = 0; i < UNIT; i++) {
      expect(after[i] & before[i], "no bit goes 1 -> 0 during an erase").to.equal(before[i]);
      if (after[i] === 0xff) erased++;
      else if (after[i] === before[i]) unchanged++;
      else bitsSet++;
    }
    expect(erased).to.be.greaterThan(UNIT / 8);
    expect(unchanged).to.be.greaterThan(UNIT / 16);
    expect(bitsSet).to.be.greaterThan(UNIT / 16);
  });

  it("counts only erases by default, and the interrupted erase counts as wear", () => {
    const flash = picoFlash();
    flash.armPowerCut({ afterOps: 1, mode: "partial-erase" });
    flash.program(STM32_FLASH, new Uint8Array(4));
    flash.erase(STM32_FLASH);
    expect(() => flash.erase(STM32_FLASH)).to.throw(PowerCutError);
    expect(flash.eraseCountAt(STM32_FLASH)).to.equal(2);
  });

  it("is reproducible from its seed", () => {
    expect(partlyErased(9).after.join(",")).to.equal(partlyErased(9).after.join(","));
  });
});
