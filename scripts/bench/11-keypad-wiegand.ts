/**
 * Work the firmware does per key press and per Wiegand card read, counted on the virtual board
 * running dist/virtual.js: watch callbacks run, and reads and writes of the keypad's and the
 * reader's pins. Neither device uses a bus, so there are no bus transactions to count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { repoRoot } from "../build";
import type { BoardDefinition } from "../../hal/board";

export const title = "Keypad and Wiegand: watch callbacks and pin reads/writes per key press and per card read (virtual board)";

interface Tally {
  callbacks: number;
  reads: number;
  writes: number;
}

function measure(bank: LockerBank, pins: string[], act: () => void): Tally {
  const watched = pins.map((p) => bank.device.pin(p));
  const watches = bank.device.runtime.watches;
  const before = { callbacks: watches.callbacksRun, reads: 0, writes: 0 };
  for (const pin of watched) {
    before.reads += pin.readCount;
    before.writes += pin.writeCount;
  }
  act();
  const after = { callbacks: watches.callbacksRun, reads: 0, writes: 0 };
  for (const pin of watched) {
    after.reads += pin.readCount;
    after.writes += pin.writeCount;
  }
  return { callbacks: after.callbacks - before.callbacks, reads: after.reads - before.reads, writes: after.writes - before.writes };
}

function press(bank: LockerBank, key: string, holdMs: number, bounces: number): void {
  const keypad = bank.keypad!;
  for (let i = 0; i < bounces; i++) {
    keypad.press(key);
    bank.device.advance(1);
    keypad.release(key);
    bank.device.advance(1);
  }
  keypad.press(key);
  bank.device.advance(holdMs);
  for (let i = 0; i < bounces; i++) {
    keypad.release(key);
    bank.device.advance(1);
    keypad.press(key);
    bank.device.advance(1);
  }
  keypad.release(key);
  bank.device.advance(500);
}

function send(bank: LockerBank, bits: string): void {
  bank.wiegand[0].send(bits);
  bank.device.advance(500);
}

export function run(): string[] {
  const board = JSON.parse(readFileSync(join(repoRoot, "boards", "virtual.json"), "utf8")) as BoardDefinition;
  const bank = new LockerBank({ board });
  bank.device.installBundle(readFileSync(join(repoRoot, "dist", "virtual.js"), "utf8"));
  bank.device.powerOn();
  bank.device.advance(1000);
  const keypadPins = [...board.keypad!.rows, ...board.keypad!.columns];
  const reader = board.cardReaders.find((r) => r.kind === "wiegand");
  if (!reader || reader.kind !== "wiegand") throw new Error("virtual board has no Wiegand reader");
  const readerPins = [reader.d0, reader.d1];

  const rows: Array<[string, Tally]> = [
    ["key press, 80 ms, clean contact", measure(bank, keypadPins, () => press(bank, "5", 80, 0))],
    ["key press, 80 ms, 5 bounces each end", measure(bank, keypadPins, () => press(bank, "5", 80, 5))],
    ["key held 1 s", measure(bank, keypadPins, () => press(bank, "5", 1000, 0))],
    ["Wiegand 26-bit card", measure(bank, readerPins, () => send(bank, WiegandReader.frame26(12, 3456)))],
    ["Wiegand 34-bit card", measure(bank, readerPins, () => send(bank, WiegandReader.frame34(0xdeadbeef)))],
    ["Wiegand 4-bit key", measure(bank, readerPins, () => send(bank, WiegandReader.keypad4("7")))],
    ["Wiegand 8-bit key", measure(bank, readerPins, () => send(bank, WiegandReader.keypad8("7")))],
  ];
  bank.device.dispose();
  const lines = [`${"event".padEnd(38)} watch callbacks   pin reads   pin writes`];
  for (const [label, t] of rows) {
    lines.push(`${label.padEnd(38)} ${String(t.callbacks).padStart(15)} ${String(t.reads).padStart(11)} ${String(t.writes).padStart(12)}`);
  }
  lines.push("(3×4 keypad: one scan = 16 row writes + 12 column reads; a key held is rescanned every 40 ms. Bus transactions: none.)");
  return lines;
}
