import { expect } from "chai";
import type { ResetCauseName } from "../../hal/interfaces/system";
import {
  classifyEsp32ResetReason,
  classifyStm32f4ResetFlags,
  esp32ResetReasonAfter,
  RCC_CSR_IWDGRSTF,
  RCC_CSR_PINRSTF,
  RCC_CSR_PORRSTF,
  RCC_CSR_SFTRSTF,
  RCC_CSR_WWDGRSTF,
  stm32f4ResetFlagsAfter,
} from "../../hal/espruino/reset-registers";

const CAUSES: ResetCauseName[] = ["power-on", "software", "watchdog", "brown-out", "unknown"];

describe("reset cause from the chip's registers", () => {
  it("STM32F4: each cause's RCC_CSR flags decode back to that cause", () => {
    for (const cause of CAUSES) expect(classifyStm32f4ResetFlags(stm32f4ResetFlagsAfter(cause)), cause).to.equal(cause);
  });

  it("STM32F4: power-on wins over flags left by earlier resets, watchdog over software", () => {
    expect(classifyStm32f4ResetFlags(stm32f4ResetFlagsAfter("power-on") | RCC_CSR_SFTRSTF | RCC_CSR_IWDGRSTF)).to.equal("power-on");
    expect(classifyStm32f4ResetFlags(RCC_CSR_IWDGRSTF | RCC_CSR_SFTRSTF | RCC_CSR_PINRSTF)).to.equal("watchdog");
    expect(classifyStm32f4ResetFlags(RCC_CSR_WWDGRSTF | RCC_CSR_PINRSTF)).to.equal("watchdog");
  });

  it("STM32F4: the reset pin alone is not mistaken for power-on", () => {
    expect(classifyStm32f4ResetFlags(RCC_CSR_PINRSTF)).to.equal("unknown");
    expect(classifyStm32f4ResetFlags(RCC_CSR_PORRSTF | RCC_CSR_PINRSTF)).to.equal("power-on");
  });

  it("ESP32: the documented reset reasons map to causes", () => {
    expect(classifyEsp32ResetReason(1)).to.equal("power-on");
    expect(classifyEsp32ResetReason(15)).to.equal("brown-out");
    for (const watchdog of [4, 7, 8, 9, 11, 13, 16]) expect(classifyEsp32ResetReason(watchdog), `reason ${watchdog}`).to.equal("watchdog");
    expect(classifyEsp32ResetReason(3)).to.equal("software");
    expect(classifyEsp32ResetReason(12)).to.equal("software");
    expect(classifyEsp32ResetReason(5)).to.equal("unknown");
  });

  it("ESP32: a task-watchdog restart looks like software, as on the chip", () => {
    expect(classifyEsp32ResetReason(esp32ResetReasonAfter("watchdog"))).to.equal("software");
    for (const cause of ["power-on", "software", "brown-out", "unknown"] as ResetCauseName[]) {
      expect(classifyEsp32ResetReason(esp32ResetReasonAfter(cause)), cause).to.equal(cause);
    }
  });
});
