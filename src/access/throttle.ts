/**
 * Consecutive-failure counters, one per credential (user) and one per reader, kept in
 * DurableState. Every attempt is counted and the count persisted BEFORE the secret is compared,
 * so pulling the power after a wrong guess cannot erase it. Delays after `throttleDelayAfter`
 * failures double each time; at `throttleDisableAfter` the counter disables its credential or
 * reader until an administrator resets it.
 *
 * A match resets a credential's counter. A reader's counter is shared by everyone at that reader,
 * so a match there only takes back its own count (one knows PIN must not wipe the guesses before
 * it); a reader is forgiven one failure per READER_FORGIVE_MS of uptime since its last counted
 * failure, lazily at the next attempt (no writes while idle), never while disabled.
 *
 * Failure times are not persisted (the clock may not even be trusted): after a reboot every
 * counter waits from boot again, which only ever lengthens a delay or a forgiveness.
 */
import type { DurableState } from "../persist/durable-state";
import { READER_FORGIVE_MS, type AccessConfig } from "./access-config";

const PREFIX = "a.f";

export type ThrottleState = "ok" | "delayed" | "disabled";

export function userThrottleKey(userId: number): string {
  return PREFIX + "u" + userId;
}

/** `reader` is a card reader index, or -1 for the keypad. */
export function readerThrottleKey(reader: number): string {
  return PREFIX + "r" + (reader < 0 ? "k" : String(reader));
}

function isReaderKey(key: string): boolean {
  return key.charAt(PREFIX.length) === "r";
}

export class Throttle {
  private readonly state: DurableState;
  private readonly config: AccessConfig;
  private readonly now: () => number;
  /**
   * RAM only, few at a time: keys in delay and readers with failures, when their last failure
   * was counted, and from when a reader's forgiveness runs.
   */
  private keys: string[] = [];
  private failedAt: number[] = [];
  private forgiveFrom: number[] = [];
  /** What the last attempt replaced, so a reader match can take back exactly its own count. */
  private undoKey = "";
  private undoCount = 0;
  private undoFailedAt = 0;
  private undoForgiveFrom = 0;

  constructor(state: DurableState, config: AccessConfig, now: () => number) {
    this.state = state;
    this.config = config;
    this.now = now;
    const entries = state.entries();
    const bootMs = now();
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i][0];
      if (key.indexOf(PREFIX) === 0 && this.tracked(key, entries[i][1])) this.remember(key, bootMs, bootMs);
    }
  }

  count(key: string): number {
    const value = this.state.get(key);
    return value === undefined ? 0 : value;
  }

  /** The count after a reader's forgiveness so far (what the next attempt builds on). */
  effectiveCount(key: string): number {
    const failures = this.count(key);
    if (!isReaderKey(key) || failures === 0 || failures >= this.config.throttleDisableAfter) return failures;
    const at = this.keys.indexOf(key);
    if (at < 0) return failures;
    const elapsed = this.now() - this.forgiveFrom[at];
    const forgiven = elapsed > 0 ? Math.floor(elapsed / READER_FORGIVE_MS) : 0;
    return forgiven >= failures ? 0 : failures - forgiven;
  }

  check(key: string): ThrottleState {
    const failures = this.effectiveCount(key);
    if (failures >= this.config.throttleDisableAfter) return "disabled";
    if (failures < this.config.throttleDelayAfter) return "ok";
    const at = this.keys.indexOf(key);
    const since = at < 0 ? this.now() : this.failedAt[at];
    const delay = this.config.throttleBaseDelayMs * Math.pow(2, failures - this.config.throttleDelayAfter);
    return this.now() - since < delay ? "delayed" : "ok";
  }

  /** Counts an attempt as failed until `succeeded` says otherwise. Throws when it cannot persist: do not compare then. */
  attempt(key: string): void {
    const stored = this.count(key);
    const base = this.effectiveCount(key);
    const now = this.now();
    this.state.set(key, base + 1);
    const at = this.keys.indexOf(key);
    this.undoKey = key;
    this.undoCount = base;
    this.undoFailedAt = at < 0 ? now : this.failedAt[at];
    // What was forgiven is now written down: its time is used up, the remainder carries on.
    this.undoForgiveFrom = at < 0 ? now : this.forgiveFrom[at] + (stored - base) * READER_FORGIVE_MS;
    this.remember(key, now, now);
  }

  succeeded(key: string): void {
    if (!isReaderKey(key)) {
      if (this.count(key) !== 0) this.state.set(key, 0);
      this.forget(key);
      return;
    }
    if (this.undoKey !== key) return;
    this.undoKey = "";
    this.state.set(key, this.undoCount);
    this.forget(key);
    if (this.tracked(key, this.undoCount)) this.remember(key, this.undoFailedAt, this.undoForgiveFrom);
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
    this.keys = [];
    this.failedAt = [];
    this.forgiveFrom = [];
    this.undoKey = "";
    return reset;
  }

  /** Per-user times only while delayed (RAM must not grow with users); readers are few. */
  private tracked(key: string, failures: number): boolean {
    return failures >= this.config.throttleDelayAfter || (failures > 0 && isReaderKey(key));
  }

  private remember(key: string, failedAtMs: number, forgiveFromMs: number): void {
    const at = this.keys.indexOf(key);
    if (at >= 0) {
      this.failedAt[at] = failedAtMs;
      this.forgiveFrom[at] = forgiveFromMs;
    } else if (this.tracked(key, this.count(key))) {
      this.keys.push(key);
      this.failedAt.push(failedAtMs);
      this.forgiveFrom.push(forgiveFromMs);
    }
  }

  private forget(key: string): void {
    const at = this.keys.indexOf(key);
    if (at < 0) return;
    this.keys.splice(at, 1);
    this.failedAt.splice(at, 1);
    this.forgiveFrom.splice(at, 1);
  }
}
