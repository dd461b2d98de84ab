/** Raw pulses on a Wiegand reader's lines, for frames no well-behaved reader would send. */
import type { InputsBoard } from "../../drivers-keypad/support/inputs-board";

export interface Pulse {
  /** 0: D0, 1: D1. */
  line: 0 | 1;
  atMs: number;
}

export function sendPulses(board: InputsBoard, pulses: Pulse[], widthMs = 0.01): void {
  const reader = board.device.board.cardReaders.find((r) => r.kind === "wiegand");
  if (!reader || reader.kind !== "wiegand") throw new Error("no Wiegand reader");
  const lines = [board.device.pin(reader.d0), board.device.pin(reader.d1)];
  const clock = board.device.clock;
  for (const pulse of pulses) {
    clock.scheduleAt(pulse.atMs, () => lines[pulse.line].drive(0));
    clock.scheduleAt(pulse.atMs + widthMs, () => lines[pulse.line].drive(1));
  }
}

/** A bit string as pulses every `intervalMs` from `startMs`. */
export function pulsesOf(bits: string, startMs: number, intervalMs = 2): Pulse[] {
  return [...bits].map((bit, i) => ({ line: bit === "1" ? 1 : 0, atMs: startMs + i * intervalMs }));
}

export function counts(board: InputsBoard): Record<string, number> {
  return JSON.parse(board.evaluate("JSON.stringify(inputs.wiegand[0].counts())") as string) as Record<string, number>;
}
