import { expect } from "chai";
import { PowerCutError } from "../../hal/virtual/flash/nor-flash";
import { picoFlash, STM32_FLASH } from "./fixtures";

function tornResult(seed: number, old: number): Uint8Array {
  const flash = picoFlash();
  flash.program(STM32_FLASH, new Uint8Array(64).fill(old));
  flash.armPowerCut({ afterOps: 0, mode: "torn", seed });
  expect(() => flash.program(STM32_FLASH, new Uint8Array(64).fill(0x00))).to.throw(PowerCutError, /torn/);
  return flash.peek(STM32_FLASH, 64);
}

describe("NorFlash power cut, mode torn", () => {
  it("lands a prefix of the program, at most one word with only some bits, then nothing", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const image = tornResult(seed, 0xff);
      const landed = image.indexOf(0xff) < 0 ? 64 : [...image].findIndex((b) => b !== 0);
      expect(landed, `seed ${seed}`).to.be.lessThan(64);
      expect([...image.subarray(0, landed)].every((b) => b === 0)).to.equal(true);
      expect([...image.subarray(landed + 4)].every((b) => b === 0xff), `seed ${seed}: tail untouched`).to.equal(true);
    }
  });

  it("never sets a bit: the torn result is old AND something", () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const b of tornResult(seed, 0x5a)) expect(b & ~0x5a & 0xff).to.equal(0);
    }
  });

  it("is the same image for the same seed, and differs across seeds", () => {
    expect([...tornResult(7, 0xff)]).to.deep.equal([...tornResult(7, 0xff)]);
    const distinct = new Set(Array.from({ length: 10 }, (_, i) => tornResult(i + 1, 0xff).join(",")));
    expect(distinct.size).to.be.greaterThan(1);
  });

  it("counts only programs by default: erases pass", () => {
    const flash = picoFlash();
    flash.armPowerCut({ afterOps: 1, mode: "torn" });
    flash.erase(STM32_FLASH);
    flash.program(STM32_FLASH, new Uint8Array(4));
    flash.erase(STM32_FLASH);
    expect(() => flash.program(STM32_FLASH, new Uint8Array(4))).to.throw(PowerCutError);
  });
});
