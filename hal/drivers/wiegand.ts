/**
 * Wiegand reader (cards and keypads) on two data lines: a low pulse on D0 is a 0, on D1 a 1.
 *
 * A frame ends when no bit has come for `frameGapMs`. Bits are judged by the times their edges
 * happened (taken in the pin interrupt), not by when their callbacks run, so a busy main loop
 * does not corrupt a frame. A frame is refused whole, and counted, when its bits come closer
 * than `minBitIntervalMs` (a noise spike, both lines at once), further apart than
 * `maxBitIntervalMs`, or unevenly (a noise pulse between two real bits), or when its length,
 * parity or keypad code is wrong. Nothing of a refused frame is passed on.
 */
import type { Clock, TimerId } from "../interfaces/clock";
import type { CardReaderOptions } from "../interfaces/devices";
import type { DigitalInput } from "../interfaces/digital";
import { decodeWiegandFrame, WIEGAND_FAULT_LENGTH, WIEGAND_FAULT_PARITY } from "./wiegand-frames";

export const WIEGAND_FAULT_TOO_CLOSE = "too-close";
export const WIEGAND_FAULT_TOO_SLOW = "too-slow";
export const WIEGAND_FAULT_UNEVEN = "uneven";

/** Readers send a bit every 0.2–20 ms (the usual interface description); most every 1–2 ms. */
const DEFAULT_FRAME_GAP_MS = 25;
const DEFAULT_MIN_BIT_INTERVAL_MS = 0.15;
const DEFAULT_MAX_BIT_INTERVAL_MS = 20;
/**
 * A reader clocks its bits evenly; the widest gap may exceed the narrowest by this factor plus
 * UNEVEN_SLACK_MS (interrupt latency) before the frame is taken for one with a stray pulse in it.
 */
const UNEVEN_RATIO = 1.5;
const UNEVEN_SLACK_MS = 0.25;
/** Longest frame decoded; longer ones are only counted, then refused for their length. */
const MAX_BITS = 34;

export interface WiegandCounts {
  cards: number;
  keys: number;
  /** Refused: parity wrong. */
  parity: number;
  /** Refused: not 4, 8, 26 or 34 bits. */
  length: number;
  /** Refused: bits too close, too far apart, or uneven. */
  timing: number;
  /** Refused: keypad code out of range or complement wrong. */
  keyCode: number;
}

export interface WiegandReaderOptions extends CardReaderOptions {
  /** Index into board.cardReaders, reported with every card and fault. */
  reader: number;
  clock: Clock;
  /** Opens D0 and D1 as pulse inputs calling `onZero` / `onOne` with each pulse's time. */
  openLines: (onZero: (timeMs: number) => void, onOne: (timeMs: number) => void) => DigitalInput[];
  /** A key from a Wiegand keypad (4- or 8-bit burst). */
  onKey: (key: string, timeMs: number) => void;
  frameGapMs?: number;
  minBitIntervalMs?: number;
  maxBitIntervalMs?: number;
}

export interface WiegandReader {
  counts(): WiegandCounts;
  close(): void;
}

export function createWiegandReader(options: WiegandReaderOptions): WiegandReader {
  const clock = options.clock;
  const reader = options.reader;
  const frameGapMs = options.frameGapMs !== undefined ? options.frameGapMs : DEFAULT_FRAME_GAP_MS;
  const minIntervalMs = options.minBitIntervalMs !== undefined ? options.minBitIntervalMs : DEFAULT_MIN_BIT_INTERVAL_MS;
  const maxIntervalMs = options.maxBitIntervalMs !== undefined ? options.maxBitIntervalMs : DEFAULT_MAX_BIT_INTERVAL_MS;
  const counts: WiegandCounts = { cards: 0, keys: 0, parity: 0, length: 0, timing: 0, keyCode: 0 };

  const bits = new Uint8Array(MAX_BITS);
  let bitCount = 0;
  let lastBitMs = 0;
  let narrowestMs = 0;
  let widestMs = 0;
  let timingFault = "";
  let gapTimer: TimerId | undefined;
  let closed = false;

  function refuse(fault: string, timeMs: number): void {
    if (fault === WIEGAND_FAULT_PARITY) counts.parity++;
    else if (fault === WIEGAND_FAULT_LENGTH) counts.length++;
    else if (fault === WIEGAND_FAULT_TOO_CLOSE || fault === WIEGAND_FAULT_TOO_SLOW || fault === WIEGAND_FAULT_UNEVEN) counts.timing++;
    else counts.keyCode++;
    try {
      options.onFault(reader, fault, timeMs);
    } catch (error) {
      console.log("Wiegand fault handler failed: " + error);
    }
  }

  function finishFrame(): void {
    const length = bitCount;
    const endMs = lastBitMs;
    let fault = timingFault;
    bitCount = 0;
    timingFault = "";
    if (gapTimer !== undefined) clock.clear(gapTimer);
    gapTimer = undefined;
    if (fault === "" && length > 2 && widestMs > narrowestMs * UNEVEN_RATIO + UNEVEN_SLACK_MS) fault = WIEGAND_FAULT_UNEVEN;
    if (fault === "" && length > MAX_BITS) fault = WIEGAND_FAULT_LENGTH;
    if (fault !== "") {
      refuse(fault, endMs);
      return;
    }
    const frame = decodeWiegandFrame(bits, length);
    if (frame.fault !== "") {
      refuse(frame.fault, endMs);
    } else if (frame.uid !== undefined) {
      counts.cards++;
      options.onCard({ reader: reader, source: "wiegand", uid: frame.uid, bits: length, timeMs: endMs });
    } else {
      counts.keys++;
      options.onKey(frame.key, endMs);
    }
  }

  function onGapTimer(): void {
    gapTimer = undefined;
    if (bitCount === 0) return;
    const quietMs = clock.now() - lastBitMs;
    // One timer per frame, pushed back while bits keep coming, instead of one per bit.
    if (quietMs < frameGapMs) {
      gapTimer = clock.setTimeout(onGapTimer, frameGapMs - quietMs);
      return;
    }
    finishFrame();
  }

  function onBit(bit: number, timeMs: number): void {
    if (closed) return;
    // The gap timer may not have run yet when the next frame's first edge is handled.
    if (bitCount > 0 && timeMs - lastBitMs >= frameGapMs) finishFrame();
    if (bitCount > 0) {
      const intervalMs = timeMs - lastBitMs;
      if (timingFault === "" && intervalMs < minIntervalMs) timingFault = WIEGAND_FAULT_TOO_CLOSE;
      if (timingFault === "" && intervalMs > maxIntervalMs) timingFault = WIEGAND_FAULT_TOO_SLOW;
      if (bitCount === 1 || intervalMs < narrowestMs) narrowestMs = intervalMs;
      if (bitCount === 1 || intervalMs > widestMs) widestMs = intervalMs;
    }
    if (bitCount < MAX_BITS) bits[bitCount] = bit;
    bitCount++;
    lastBitMs = timeMs;
    if (gapTimer === undefined) gapTimer = clock.setTimeout(onGapTimer, frameGapMs);
  }

  const lines = options.openLines(
    function (timeMs: number): void {
      onBit(0, timeMs);
    },
    function (timeMs: number): void {
      onBit(1, timeMs);
    },
  );

  return {
    counts(): WiegandCounts {
      return { cards: counts.cards, keys: counts.keys, parity: counts.parity, length: counts.length, timing: counts.timing, keyCode: counts.keyCode };
    },
    close(): void {
      closed = true;
      if (gapTimer !== undefined) clock.clear(gapTimer);
      gapTimer = undefined;
      for (let i = 0; i < lines.length; i++) lines[i].close();
    },
  };
}
