import type { BoardDefinition } from "../board";
import type { ResetCause, ResetCauseName } from "../interfaces/system";
import {
  classifyEsp32ResetReason,
  classifyStm32f4ResetFlags,
  ESP32_RESET_REASON_MASK,
  ESP32_RTC_CNTL_RESET_STATE_REG,
  RCC_CSR_PINRSTF,
  RCC_CSR_RESET_FLAGS,
  RCC_CSR_RMVF,
  STM32F4_RCC_CSR,
} from "./reset-registers";

/*
 * The interpreter does not say why the chip reset, so the chip's own register is read with
 * peek32 (see reset-registers.ts). Firmware that must tell its own reboots from crashes on ESP32
 * records its intent in flash before calling reboot.
 */

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
      cause = classifyEsp32ResetReason(reason);
      detail = "esp32 reset reason " + reason;
    } else {
      const flags = peek32(STM32F4_RCC_CSR);
      // Cleared once read, or the next boot would see this boot's flags as well as its own.
      poke32(STM32F4_RCC_CSR, flags | RCC_CSR_RMVF);
      cause = classifyStm32f4ResetFlags(flags & RCC_CSR_RESET_FLAGS);
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
