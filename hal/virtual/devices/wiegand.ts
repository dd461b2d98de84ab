/**
 * A Wiegand card reader: D0 and D1 idle high; each bit is a low pulse (~50 µs) on D0 for a 0
 * or D1 for a 1, one bit every ~2 ms. Times are virtual ms, fractions for the µs pulses.
 */
import type { WiegandReaderDefinition } from "../../board";
import type { VirtualClock } from "../clock";
import type { VirtualPin } from "../runtime/pins";
import type { PinSource } from "./switch";

export interface WiegandTiming {
  pulseWidthMs: number;
  bitIntervalMs: number;
}

export class WiegandReader {
  private readonly d0: VirtualPin;
  private readonly d1: VirtualPin;
  private busyUntilMs = 0;

  constructor(
    board: PinSource & { clock: VirtualClock },
    readonly definition: Pick<WiegandReaderDefinition, "d0" | "d1">,
    readonly timing: WiegandTiming = { pulseWidthMs: 0.05, bitIntervalMs: 2 },
    private readonly clock: VirtualClock = board.clock,
  ) {
    this.d0 = board.pin(definition.d0);
    this.d1 = board.pin(definition.d1);
    this.d0.drive(1);
    this.d1.drive(1);
  }

  /** Sends a bit string ("0110..."), starting now (or after a frame still being sent). Returns when the last pulse ends (ms). */
  send(bits: string): number {
    if (!/^[01]+$/.test(bits)) throw new Error(`WiegandReader: not a bit string: ${bits}`);
    let at = Math.max(this.clock.nowMs, this.busyUntilMs);
    for (const bit of bits) {
      const line = bit === "0" ? this.d0 : this.d1;
      this.clock.scheduleAt(at, () => line.drive(0));
      this.clock.scheduleAt(at + this.timing.pulseWidthMs, () => line.drive(1));
      at += this.timing.bitIntervalMs;
    }
    this.busyUntilMs = at;
    return at - this.timing.bitIntervalMs + this.timing.pulseWidthMs;
  }

  /** A 26-bit frame: even parity over the first 12 data bits, 8-bit facility, 16-bit card, odd parity over the last 12. */
  static frame26(facility: number, card: number): string {
    const data = (facility & 0xff).toString(2).padStart(8, "0") + (card & 0xffff).toString(2).padStart(16, "0");
    const ones = (s: string) => [...s].filter((b) => b === "1").length;
    const even = ones(data.slice(0, 12)) % 2 === 1 ? "1" : "0";
    const odd = ones(data.slice(12)) % 2 === 0 ? "1" : "0";
    return even + data + odd;
  }

  /** A 34-bit frame: even parity over the first 16 data bits, 32 data bits (big-endian), odd parity over the last 16. */
  static frame34(data: number): string {
    const bits = (data >>> 0).toString(2).padStart(32, "0");
    const ones = (s: string) => [...s].filter((b) => b === "1").length;
    const even = ones(bits.slice(0, 16)) % 2 === 1 ? "1" : "0";
    const odd = ones(bits.slice(16)) % 2 === 0 ? "1" : "0";
    return even + bits + odd;
  }

  /** A Wiegand keypad's 4-bit burst for one key: 0–9, 10 for "*", 11 for "#". */
  static keypad4(key: string): string {
    return keyCode(key).toString(2).padStart(4, "0");
  }

  /** A Wiegand keypad's 8-bit burst: the key's nibble inverted, then the nibble. */
  static keypad8(key: string): string {
    const code = keyCode(key);
    return ((~code & 0xf).toString(2).padStart(4, "0")) + code.toString(2).padStart(4, "0");
  }
}

function keyCode(key: string): number {
  const code = "0123456789*#".indexOf(key);
  if (key.length !== 1 || code < 0) throw new Error(`WiegandReader: no keypad key "${key}"`);
  return code;
}
