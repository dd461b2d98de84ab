/**
 * Consecutive-failure counters, one per credential (user) and one per reader, kept in
 * DurableState. Every attempt is counted and the count persisted BEFORE the secret is compared,
 * so pulling the power after a wrong guess cannot erase it; a match resets the count (a second
 * write). Delays after `throttleDelayAfter` failures double each time; at `throttleDisableAfter`
 * the counter disables its credential or reader until an administrator resets it.
 *
 * Failure times are not persisted (the clock may not even be trusted): after a reboot every
 * delayed counter waits a full delay again from boot, which only ever lengthens a delay.
 */
import type { DurableState } from "../persist/durable-state";
import type { AccessConfig } from "./access-config";

const PREFIX = "a.f";

export type ThrottleState = "ok" | "delayed" | "disabled";

export function userThrottleKey(userId: number): string {
  return PREFIX + "u" + userId;
}

/** `reader` is a card reader index, or -1 for the keypad. */
export function readerThrottleKey(reader: number): string {
  return PREFIX + "r" + (reader < 0 ? "k" : String(reader));
}

export class Throttle {
  private readonly state: DurableState;
  private readonly config: AccessConfig;
  private readonly now: () => number;
  /** Keys in delay and when their last failure was counted (RAM only; few at a time). */
  private delayedKeys: string[] = [];
  private delayedSince: number[] = [];

  constructor(state: DurableState, config: AccessConfig, now: () => number) {
    this.state = state;
    this.config = config;
    this.now = now;
    const entries = state.entries();
    const bootMs = now();
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0].indexOf(PREFIX) === 0 && entries[i][1] >= config.throttleDelayAfter) this.markFailure(entries[i][0], bootMs);
    }
  }

  count(key: string): number {
    const value = this.state.get(key);
    return value === undefined ? 0 : value;
  }

  check(key: string): ThrottleState {
    const failures = this.count(key);
    if (failures >= this.config.throttleDisableAfter) return "disabled";
    if (failures < this.config.throttleDelayAfter) return "ok";
    const at = this.delayedKeys.indexOf(key);
    const since = at < 0 ? this.now() : this.delayedSince[at];
    const delay = this.config.throttleBaseDelayMs * Math.pow(2, failures - this.config.throttleDelayAfter);
    return this.now() - since < delay ? "delayed" : "ok";
  }

  /** Counts an attempt as failed until `succeeded` says otherwise. Throws when it cannot persist: do not compare then. */
  attempt(key: string): void {
    this.state.set(key, this.count(key) + 1);
    this.markFailure(key, this.now());
  }

  succeeded(key: string): void {
    if (this.count(key) !== 0) this.state.set(key, 0);
    this.forget(key);
  }

  /** Administrator reset: every counter back to zero. Returns how many were reset. */
  resetAll(): number {
    const entries = this.state.entries();
    let reset = 0;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i][0].indexOf(PREFIX) === 0 && entries[i][1] !== 0) {
        this.state.set(entries[i][0], 0);
        reset++;
      }
    }
    this.delayedKeys = [];
    this.delayedSince = [];
    return reset;
  }

  private markFailure(key: string, atMs: number): void {
    const at = this.delayedKeys.indexOf(key);
    if (at >= 0) {
      this.delayedSince[at] = atMs;
    } else if (this.count(key) >= this.config.throttleDelayAfter) {
      this.delayedKeys.push(key);
      this.delayedSince.push(atMs);
    }
  }

  private forget(key: string): void {
    const at = this.delayedKeys.indexOf(key);
    if (at < 0) return;
    this.delayedKeys.splice(at, 1);
    this.delayedSince.splice(at, 1);
  }
}
