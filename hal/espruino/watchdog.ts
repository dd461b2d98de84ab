import type { Watchdog } from "../interfaces/system";

export function createWatchdog(): Watchdog {
  return {
    enable(timeoutMs: number): void {
      // Manual kicking: an automatic watchdog is fed by the idle loop and would not notice a
      // firmware that still idles but no longer does its work.
      E.enableWatchdog(timeoutMs / 1000, false);
    },
    kick(): void {
      E.kickWatchdog();
    },
  };
}
