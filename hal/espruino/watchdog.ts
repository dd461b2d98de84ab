import type { Watchdog } from "../interfaces/system";

export function createWatchdog(): Watchdog {
  return {
    enable(timeoutMs: number): void {
      // Automatic: kicked by the interpreter's idle loop, so it resets a board whose JavaScript
      // blocks (a loop that never returns, a wedged driver). A manual watchdog would also catch
      // a firmware that idles without working, but it cannot be stopped and keeps running after
      // reset(): the espruino CLI's upload (reset(), then ~45 s of Storage writes for a 66 KB
      // bundle) was rebooted mid-way into a half-written .bootcde. The firmware still kicks it
      // from its heartbeat.
      E.enableWatchdog(timeoutMs / 1000, true);
    },
    kick(): void {
      E.kickWatchdog();
    },
  };
}
