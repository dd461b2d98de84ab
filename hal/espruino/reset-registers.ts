import type { ResetCauseName } from "../interfaces/system";

/*
 * The chips' reset-cause registers, decoded. Pure (no Espruino globals) so the host can test the
 * decoding and the virtual board can model the same registers from the same constants.
 *
 * STM32F4 (Espruino Pico, Espruino WiFi; the virtual board models this chip): RCC_CSR. Its flags
 * accumulate across resets until RMVF is written; nothing in Espruino or its bootloader clears
 * them. Power-on sets POR, BOR and PIN; a brown-out BOR and PIN; the watchdog IWDG and PIN; a
 * software reset (E.reboot) SFT and PIN; the reset button PIN alone.
 *
 * ESP32: RTC_CNTL_RESET_STATE_REG bits 5..0 hold the PRO CPU's last reset reason, rewritten by
 * hardware at every reset. Espruino's ESP32 watchdog is the ESP-IDF task watchdog, which panics
 * and restarts through esp_restart, so there "software" also covers watchdog and crash restarts.
 */

export const STM32F4_RCC_CSR = 0x40023874;
export const RCC_CSR_RMVF = 1 << 24;
export const RCC_CSR_BORRSTF = 1 << 25;
export const RCC_CSR_PINRSTF = 1 << 26;
export const RCC_CSR_PORRSTF = 1 << 27;
export const RCC_CSR_SFTRSTF = 1 << 28;
export const RCC_CSR_IWDGRSTF = 1 << 29;
export const RCC_CSR_WWDGRSTF = 1 << 30;
/** Bits 31..25: every reset flag (LPWR, WWDG, IWDG, SFT, POR, PIN, BOR). */
export const RCC_CSR_RESET_FLAGS = 0xfe000000 | 0;

export const ESP32_RTC_CNTL_RESET_STATE_REG = 0x3ff48034;
export const ESP32_RESET_REASON_MASK = 0x3f;
export const ESP32_POWERON_RESET = 1;
export const ESP32_SW_RESET = 3;
export const ESP32_OWDT_RESET = 4;
export const ESP32_TG0WDT_SYS_RESET = 7;
export const ESP32_TG1WDT_SYS_RESET = 8;
export const ESP32_RTCWDT_SYS_RESET = 9;
export const ESP32_TGWDT_CPU_RESET = 11;
export const ESP32_SW_CPU_RESET = 12;
export const ESP32_RTCWDT_CPU_RESET = 13;
export const ESP32_RTCWDT_BROWN_OUT_RESET = 15;
export const ESP32_RTCWDT_RTC_RESET = 16;

export function classifyStm32f4ResetFlags(flags: number): ResetCauseName {
  if ((flags & RCC_CSR_PORRSTF) !== 0) return "power-on";
  if ((flags & RCC_CSR_BORRSTF) !== 0) return "brown-out";
  if ((flags & (RCC_CSR_IWDGRSTF | RCC_CSR_WWDGRSTF)) !== 0) return "watchdog";
  if ((flags & RCC_CSR_SFTRSTF) !== 0) return "software";
  // PINRSTF alone: the reset button or an external supervisor.
  return "unknown";
}

export function classifyEsp32ResetReason(reason: number): ResetCauseName {
  if (reason === ESP32_POWERON_RESET) return "power-on";
  if (reason === ESP32_RTCWDT_BROWN_OUT_RESET) return "brown-out";
  if (
    reason === ESP32_OWDT_RESET ||
    reason === ESP32_TG0WDT_SYS_RESET ||
    reason === ESP32_TG1WDT_SYS_RESET ||
    reason === ESP32_RTCWDT_SYS_RESET ||
    reason === ESP32_TGWDT_CPU_RESET ||
    reason === ESP32_RTCWDT_CPU_RESET ||
    reason === ESP32_RTCWDT_RTC_RESET
  ) {
    return "watchdog";
  }
  if (reason === ESP32_SW_RESET || reason === ESP32_SW_CPU_RESET) return "software";
  return "unknown";
}

/** What RCC_CSR holds after a reset of each cause (for models of the chip). */
export function stm32f4ResetFlagsAfter(cause: ResetCauseName): number {
  if (cause === "power-on") return RCC_CSR_PORRSTF | RCC_CSR_BORRSTF | RCC_CSR_PINRSTF;
  if (cause === "brown-out") return RCC_CSR_BORRSTF | RCC_CSR_PINRSTF;
  if (cause === "watchdog") return RCC_CSR_IWDGRSTF | RCC_CSR_PINRSTF;
  if (cause === "software") return RCC_CSR_SFTRSTF | RCC_CSR_PINRSTF;
  return RCC_CSR_PINRSTF;
}

/** What RTC_CNTL_RESET_STATE_REG reports after a reset of each cause (for models of the chip). */
export function esp32ResetReasonAfter(cause: ResetCauseName): number {
  if (cause === "power-on") return ESP32_POWERON_RESET;
  if (cause === "brown-out") return ESP32_RTCWDT_BROWN_OUT_RESET;
  // The task watchdog Espruino enables restarts through a panic, i.e. by software.
  if (cause === "watchdog") return ESP32_SW_CPU_RESET;
  if (cause === "software") return ESP32_SW_CPU_RESET;
  return 14; // EXT_CPU_RESET
}
