/**
 * A virtual board running the firmware's inputs (keypad, Wiegand readers, PIN entry) built
 * from a small test bundle, with the device models that drive them. `seen()` lists what the
 * inputs reported: "key:5", "entry:1234", "cleared:star", "card:0:26:0a3039", "fault:keypad:two-keys".
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardDefinition } from "../../../hal/board";
import { MatrixKeypad } from "../../../hal/virtual/devices/keypad";
import { WiegandReader, type WiegandTiming } from "../../../hal/virtual/devices/wiegand";
import { VirtualBoard } from "../../../hal/virtual/virtual-board";
import { bundleForEspruino } from "../../../scripts/build";
import { loadBoards } from "../../../scripts/build/boards";

const here = dirname(fileURLToPath(import.meta.url));
const bundles = new Map<string, Promise<string>>();

export function virtualBoardDefinition(overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  const board = loadBoards().find((b) => b.id === "virtual");
  if (!board) throw new Error("no virtual board");
  return { ...board, ...overrides };
}

/** The virtual board with a 4×4 keypad (a fourth column on D40, keys A–D). */
export function fourByFourBoard(): BoardDefinition {
  const base = virtualBoardDefinition();
  return virtualBoardDefinition({
    keypad: { ...base.keypad!, columns: [...base.keypad!.columns, "D40"], layout: ["123A", "456B", "789C", "*0#D"] },
  });
}

function buildProbe(board: BoardDefinition): Promise<string> {
  return bundleForEspruino({ entry: join(here, "inputs-probe.js"), board, minify: false }).then((bundled) => bundled.code);
}

export interface InputsBoard {
  device: VirtualBoard;
  keypad: MatrixKeypad;
  wiegand: WiegandReader;
  /** A second model on the same D0/D1 lines with other timing (slow or odd readers). */
  wiegandWith(timing: WiegandTiming): WiegandReader;
  seen(): string[];
  /** seen() without the per-key feedback entries. */
  results(): string[];
  evaluate(source: string): unknown;
}

export async function bootInputs(board: BoardDefinition = virtualBoardDefinition()): Promise<InputsBoard> {
  const key = JSON.stringify(board);
  if (!bundles.has(key)) bundles.set(key, buildProbe(board));
  const code = await bundles.get(key)!;
  const device = new VirtualBoard({ board });
  const keypad = new MatrixKeypad(device, board.keypad!);
  const reader = board.cardReaders.find((r) => r.kind === "wiegand");
  if (!reader || reader.kind !== "wiegand") throw new Error("board has no Wiegand reader");
  const wiegand = new WiegandReader(device, reader);
  device.installBundle(code);
  device.powerOn();
  device.advance(100);
  const seen = () => device.evaluate("JSON.stringify(seen)") as string;
  return {
    device,
    keypad,
    wiegand,
    wiegandWith: (timing) => new WiegandReader(device, reader, timing),
    seen: () => JSON.parse(seen()) as string[],
    results: () => (JSON.parse(seen()) as string[]).filter((s) => !s.startsWith("key:")),
    evaluate: (source) => device.evaluate(source),
  };
}

/** Presses a key for `holdMs` with contact bounce (open/close every ms) at both ends. */
export function pressWithBounce(board: InputsBoard, key: string, holdMs: number, bounces = 5): void {
  const clock = board.device.clock;
  for (let i = 0; i < bounces; i++) {
    board.keypad.press(key);
    clock.advance(1);
    board.keypad.release(key);
    clock.advance(1);
  }
  board.keypad.press(key);
  clock.advance(holdMs);
  for (let i = 0; i < bounces; i++) {
    board.keypad.release(key);
    clock.advance(1);
    board.keypad.press(key);
    clock.advance(1);
  }
  board.keypad.release(key);
}

/** Presses each key for 80 ms with 120 ms between presses, then lets 300 ms pass. */
export function typeKeys(board: InputsBoard, sequence: string): void {
  for (const key of sequence) {
    board.keypad.press(key);
    board.device.advance(80);
    board.keypad.release(key);
    board.device.advance(120);
  }
  board.device.advance(300);
}
