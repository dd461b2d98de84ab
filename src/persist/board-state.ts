import type { Hal } from "../../hal/interfaces/hal";
import type { DurableState } from "./durable-state";
import { openFlashState } from "./flash-state";
import { createMemoryState } from "./memory-state";

/**
 * The board's DurableState: two banks in the `state` partition where the board has one
 * (virtual, ESP32). Boards without it (Espruino Pico, WiFi) would use a journal in a Storage file
 * preallocated at provisioning (journal-state.ts), but the HAL cannot yet program a Storage file
 * at an offset, so for now they get a RAM store and `onFault` says so at every boot: latched
 * states and counters there do NOT survive a power cycle.
 */
export function openBoardState(hal: Hal, onFault: (reason: string) => void): DurableState {
  const partition = hal.board.flash.partitions.state;
  // A bundle for a board without the partition has the define false and carries no flash state
  // (hal/interfaces/board-features.ts); the code it drops sits inside this block for that reason.
  if ((typeof __BOARD_HAS_STATE_PARTITION__ === "undefined" || __BOARD_HAS_STATE_PARTITION__) && partition !== undefined) {
    try {
      return openFlashState({ flash: hal.flash, partition: partition, crc32: hal.crypto.crc32, onFault: onFault });
    } catch (e) {
      onFault("state partition unusable: " + String(e) + "; latched state kept in RAM only");
      return createMemoryState();
    }
  }
  onFault("no state partition: latched state kept in RAM only (not persisted)");
  return createMemoryState();
}
