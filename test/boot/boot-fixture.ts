import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BoardDefinition } from "../../hal/board";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { loadBoards } from "../../scripts/build/boards";
import { parseEventLine, type FirmwareEvent } from "../../src/events";

export const repoRoot = join(__dirname, "..", "..");

export function shippedBoards(): BoardDefinition[] {
  return loadBoards(join(repoRoot, "boards"));
}

/**
 * Boards the build produced a bundle for. A board whose bundle does not fit its Storage is not
 * built (the build says so, and test/boot/boards-too-small-are-refused-by-name.test.ts holds
 * which ones); the build deletes any older bundle, so a file here is always current.
 */
export function builtBoards(): BoardDefinition[] {
  return shippedBoards().filter((b) => existsSync(join(repoRoot, "dist", `${b.id}.js`)));
}

/** The bundle `npm run build` wrote for this board (the test command builds before mocha runs). */
export function builtBundle(boardId: string): string {
  return readFileSync(join(repoRoot, "dist", `${boardId}.js`), "utf8");
}

export interface OutputChange {
  pin: string;
  level: number;
}

/** A bank with the board's bundle installed, recording every output change in global order. */
export function bankWithBundle(board: BoardDefinition): { bank: LockerBank; outputChanges: OutputChange[] } {
  const bank = new LockerBank({ board });
  const outputChanges: OutputChange[] = [];
  // Expander pins (boards/virtual-32.json) are wires too: their lock outputs count in the same order.
  for (const pin of [...bank.device.pins.ordered, ...bank.expanders.flatMap((e) => e.pins)]) {
    let last = "";
    pin.onStateChange((p) => {
      if (!p.isOutput) return;
      const key = `${p.level}`;
      if (key === last) return;
      last = key;
      outputChanges.push({ pin: p.name, level: p.level });
    });
  }
  bank.device.installBundle(builtBundle(board.id));
  return { bank, outputChanges };
}

export function eventsIn(output: string): FirmwareEvent[] {
  return output
    .split("\n")
    .map((line) => parseEventLine(line.trim()))
    .filter((e): e is FirmwareEvent => e !== undefined);
}
