/**
 * PIN entry on top of key events, from a matrix keypad or a Wiegand keypad alike: digits
 * collect, `*` clears, `#` enters. A pause longer than `timeoutMs` between keys throws away what
 * was typed (someone walked off half-way); typing past `maxDigits` throws it all away and
 * ignores digits up to the next `#`, `*` or pause, so a PIN is never matched on the first or the
 * last digits of a longer string.
 */
import type { Clock, TimerId } from "../interfaces/clock";
import type { PinEntryOptions } from "../interfaces/devices";

export const DEFAULT_PIN_TIMEOUT_MS = 10000;
export const DEFAULT_PIN_MAX_DIGITS = 12;

export interface PinEntryDriverOptions extends PinEntryOptions {
  clock: Clock;
  timeoutMs?: number;
  maxDigits?: number;
}

export interface PinEntry {
  /** One key as typed: "0"-"9", "*", "#"; anything else is ignored. */
  key(key: string, timeMs: number): void;
  /** Digits typed so far (how many; never the digits themselves). */
  pendingLength(): number;
  /** Throws away what was typed, without a callback (lockdown, reboot of the session). */
  reset(): void;
}

export function createPinEntry(options: PinEntryDriverOptions): PinEntry {
  const clock = options.clock;
  const timeoutMs = options.timeoutMs !== undefined ? options.timeoutMs : DEFAULT_PIN_TIMEOUT_MS;
  const maxDigits = options.maxDigits !== undefined ? options.maxDigits : DEFAULT_PIN_MAX_DIGITS;
  let digits = "";
  /** Too many digits were typed: the rest of this entry is ignored. */
  let overflowed = false;
  let timer: TimerId | undefined;

  function stopTimer(): void {
    if (timer !== undefined) clock.clear(timer);
    timer = undefined;
  }

  function reset(): void {
    stopTimer();
    digits = "";
    overflowed = false;
  }

  function onTimeout(): void {
    timer = undefined;
    overflowed = false;
    if (digits.length === 0) return;
    digits = "";
    options.onCleared("timeout", clock.now());
  }

  function key(pressed: string, timeMs: number): void {
    const isDigit = pressed.length === 1 && pressed >= "0" && pressed <= "9";
    if (!isDigit && pressed !== "*" && pressed !== "#") return;
    stopTimer();
    if (options.onKey !== undefined) options.onKey(pressed, timeMs);
    if (pressed === "*") {
      digits = "";
      overflowed = false;
      options.onCleared("star", timeMs);
      return;
    }
    if (pressed === "#") {
      const entered = digits;
      const wasOverflowed = overflowed;
      digits = "";
      overflowed = false;
      if (!wasOverflowed) options.onEntry(entered, timeMs);
      return;
    }
    timer = clock.setTimeout(onTimeout, timeoutMs);
    if (overflowed) return;
    if (digits.length >= maxDigits) {
      digits = "";
      overflowed = true;
      options.onCleared("too-long", timeMs);
      return;
    }
    digits = digits + pressed;
  }

  return {
    key: key,
    pendingLength(): number {
      return digits.length;
    },
    reset: reset,
  };
}
