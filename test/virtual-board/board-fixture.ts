/** A small board definition and a booted VirtualBoard for the virtual board's own tests. */
import type { BoardDefinition } from "../../hal/board";
import { VirtualBoard, type BootOptions } from "../../hal/virtual/virtual-board";

export function testBoard(overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  return {
    id: "test",
    name: "Test board",
    espruinoBoard: "VIRTUAL",
    ramVariables: 5000,
    codeInFlash: true,
    lockers: [
      { lock: { pin: "D0", activeLow: true }, door: { pin: "D8", activeLow: false, pull: "up", debounceMs: 50 } },
    ],
    maxSimultaneousReleases: 1,
    keypad: { rows: ["D16", "D17", "D18", "D19"], columns: ["D20", "D21", "D22"], layout: ["123", "456", "789", "*0#"], debounceMs: 20 },
    cardReaders: [{ kind: "wiegand", d0: "D23", d1: "D24" }],
    buzzer: { pin: "D30", activeLow: false },
    statusLed: { pin: "D31", activeLow: false },
    tamper: { pin: "D35", activeLow: false, pull: "up", debounceMs: 50 },
    timing: { releasePulseMs: 5000, heartbeatMs: 1000 },
    flash: {
      storage: { start: 0x10000, size: 0x10000, eraseUnit: 4096 },
      free: [{ start: 0x20000, size: 0x8000, eraseUnit: 4096 }],
      logNote: "test",
      partitions: { log: { start: 0x20000, size: 0x8000 } },
    },
    crypto: { sha256: true, sha512: false, aes: false, tls: false },
    transports: { usb: true, wifi: false },
    ...overrides,
  };
}

/** A powered-on board running `code` as its saved program. */
export function bootWith(code: string, opts: { board?: Partial<BoardDefinition>; boot?: BootOptions } = {}): VirtualBoard {
  const board = new VirtualBoard({ board: testBoard(opts.board) });
  if (code !== "") board.installBundle(code);
  board.powerOn(opts.boot);
  return board;
}

/** Lines printed on the console, without the empty last one. */
export function lines(board: VirtualBoard): string[] {
  return board.output.split("\n").filter((l) => l !== "");
}
