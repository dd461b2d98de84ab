import type { BoardDefinition } from "../board";
import type { ResetCause, ResetCauseName } from "../interfaces/system";

/*
 * The interpreter does not report why the chip reset, so this reads the chip's own register with
 * peek32. The virtual board models the same registers.
 *
 * STM32F4 (Espruino Pico, Espruino WiFi, and the virtual board): RCC_CSR flags accumulate until
 * RMVF is written, and nothing in Espruino or its bootloader clears them — so they are cleared
 * here once read, or the next boot would see this boot's flags too.
 *
 * ESP32: RTC_CNTL_RESET_STATE_REG holds the PRO CPU's last reset reason, set by hardware at every
 * reset. Espruino's ESP32 watchdog is the ESP-IDF task watchdog, which panics and restarts by
 * software, so on ESP32 "software" also covers watchdog and crash restarts. Firmware that must
 * tell its own reboots apart records its intent in flash before calling reboot.
 */

const STM32F4_RCC_CSR = 0x40023874;
const RCC_CSR_RMVF = 1 << 24;
const RCC_CSR_BORRSTF = 1 << 25;
const RCC_CSR_PINRSTF = 1 << 26;
const RCC_CSR_PORRSTF = 1 << 27;
const RCC_CSR_SFTRSTF = 1 << 28;
const RCC_CSR_IWDGRSTF = 1 << 29;
const RCC_CSR_WWDGRSTF = 1 << 30;
const RCC_CSR_RESET_FLAGS = 0xfe000000 | 0;

const ESP32_RTC_CNTL_RESET_STATE_REG = 0x3ff48034;
const ESP32_RESET_REASON_MASK = 0x3f;

function classifyStm32f4(flags: number): ResetCauseName {
  // Power-on also sets the brown-out and pin flags; a watchdog or software reset also sets PIN.
  if ((flags & RCC_CSR_PORRSTF) !== 0) return "power-on";
  if ((flags & RCC_CSR_BORRSTF) !== 0) return "brown-out";
  if ((flags & (RCC_CSR_IWDGRSTF | RCC_CSR_WWDGRSTF)) !== 0) return "watchdog";
  if ((flags & RCC_CSR_SFTRSTF) !== 0) return "software";
  // PINRSTF alone: the reset button or an external supervisor.
  return "unknown";
}

function classifyEsp32(reason: number): ResetCauseName {
  if (reason === 1) return "power-on";
  if (reason === 15) return "brown-out";
  // OWDT, TG0WDT_SYS, TG1WDT_SYS, RTCWDT_SYS, TGWDT_CPU, RTCWDT_CPU, RTCWDT_RTC
  if (reason === 4 || reason === 7 || reason === 8 || reason === 9 || reason === 11 || reason === 13 || reason === 16) {
    return "watchdog";
  }
  // SW_RESET, SW_CPU_RESET (esp_restart: E.reboot, panics, the task watchdog)
  if (reason === 3 || reason === 12) return "software";
  return "unknown";
}

function hex(value: number): string {
  return "0x" + (value >>> 0).toString(16);
}

export function createResetCause(espruinoBoard: BoardDefinition["espruinoBoard"]): ResetCause {
  let cause: ResetCauseName | undefined;
  let detail = "";

  function readOnce(): ResetCauseName {
    if (cause !== undefined) return cause;
    if (espruinoBoard === "ESP32") {
      const reason = peek32(ESP32_RTC_CNTL_RESET_STATE_REG) & ESP32_RESET_REASON_MASK;
      cause = classifyEsp32(reason);
      detail = "esp32 reset reason " + reason;
    } else {
      const flags = peek32(STM32F4_RCC_CSR);
      poke32(STM32F4_RCC_CSR, flags | RCC_CSR_RMVF);
      cause = classifyStm32f4(flags & RCC_CSR_RESET_FLAGS);
      detail = "stm32f4 RCC_CSR=" + hex(flags) + ((flags & RCC_CSR_PINRSTF) !== 0 ? " (pin)" : "");
    }
    return cause;
  }

  return {
    get: readOnce,
    detail(): string {
      readOnce();
      return detail;
    },
  };
}
