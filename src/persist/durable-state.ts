/**
 * A small power-safe key -> value store for latched states, counters and watermarks
 * (lockdown/open-all, boot epoch, last command counter, PIN failure counters).
 *
 * Contract every implementation keeps:
 * - `set` returns only once the value is durable (its record fully programmed and checked);
 *   a power cut at any flash operation inside `set` leaves the key with its old or its new value,
 *   never garbage, and never changes any other key.
 * - `set` throws (Error) when the flash refuses or the store cannot take more writes; the caller
 *   must then NOT act on the new value (persist-before-act).
 * - Keys: 1-16 printable ASCII characters. Values: unsigned 32-bit integers (0 .. 4294967295).
 * - 0 and unset are the same value: a key whose value is 0 may read back as 0 or as undefined,
 *   and may be missing from `entries()`. Stores drop keys at 0 when they compact and need not
 *   write a 0 for a key they do not hold, so counters that go back to 0 (one per user who ever
 *   mistyped) never fill the store. Callers read undefined as 0 and never treat a key's presence
 *   as information.
 * - `get` answers from RAM (loaded at open): cheap enough for every decision.
 */
export interface DurableState {
  get(key: string): number | undefined;
  set(key: string, value: number): void;
  /** Every key with its value (order unspecified). */
  entries(): Array<[string, number]>;
  /** Where the values live and how full that is, for status and the audit log ("flash 2 pages, 12% used"). */
  describe(): string;
}

export const DURABLE_KEY_MAX_LENGTH = 16;

/** Throws unless `key` and `value` fit the contract above. */
export function checkDurableEntry(key: string, value: number): void {
  if (typeof key !== "string" || key.length === 0 || key.length > DURABLE_KEY_MAX_LENGTH) {
    throw new Error("durable key must be 1-" + DURABLE_KEY_MAX_LENGTH + " characters: " + key);
  }
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) throw new Error("durable key must be printable ASCII: " + key);
  }
  if (typeof value !== "number" || value < 0 || value > 0xffffffff || Math.floor(value) !== value) {
    throw new Error("durable value must be an unsigned 32-bit integer: " + key + "=" + value);
  }
}
