/**
 * Lockdown and open-all are latched in DurableState: the new mode is written (and durable)
 * before anything acts on it, and read back at boot before any release is possible.
 */
import type { DurableState } from "../persist/durable-state";

export type LatchMode = "normal" | "lockdown" | "open-all";

export const LATCH_KEY = "a.latch";
export const LAST_SYNC_KEY = "a.sync";

const MODES: LatchMode[] = ["normal", "lockdown", "open-all"];

export function readLatch(state: DurableState): LatchMode {
  const code = state.get(LATCH_KEY);
  if (code === undefined || code === 0) return "normal";
  // A code this firmware does not know came from a newer one: the safe reading is lockdown.
  return code < MODES.length ? MODES[code] : "lockdown";
}

/** Throws (and nothing may act) when the mode could not be made durable. */
export function writeLatch(state: DurableState, mode: LatchMode): void {
  state.set(LATCH_KEY, MODES.indexOf(mode));
}

/** Epoch seconds of the last credential sync, 0 if never. */
export function readLastSync(state: DurableState): number {
  const value = state.get(LAST_SYNC_KEY);
  return value === undefined ? 0 : value;
}

export function writeLastSync(state: DurableState, epochSeconds: number): void {
  state.set(LAST_SYNC_KEY, Math.max(0, Math.floor(epochSeconds)));
}

/**
 * The duress alarm is latched too: a reset turns every output off, and the output that summons
 * help must come back on at boot until someone silences it on purpose.
 */
export const SILENT_ALARM_KEY = "a.alarm";

export function readSilentAlarm(state: DurableState): boolean {
  const value = state.get(SILENT_ALARM_KEY);
  return value !== undefined && value !== 0;
}

/** Throws when the flag could not be made durable. */
export function writeSilentAlarm(state: DurableState, active: boolean): void {
  state.set(SILENT_ALARM_KEY, active ? 1 : 0);
}
