/** A virtual board running only the Espruino HAL (as `hal` in its global scope), for HAL tests. */
import type { BoardDefinition } from "../../../hal/board";
import { VirtualBoard } from "../../../hal/virtual/virtual-board";
import { loadBoards } from "../../../scripts/build/boards";
import { buildHalProbe } from "./build-hal-probe";

const bundles = new Map<string, Promise<string>>();

export function boardDefinition(id: string, overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  const board = loadBoards().find((b) => b.id === id);
  if (!board) throw new Error(`no board ${id}`);
  return { ...board, ...overrides };
}

/** A powered-on board whose saved program creates the HAL for `board`. */
export async function bootHal(board: BoardDefinition = boardDefinition("virtual")): Promise<VirtualBoard> {
  const key = JSON.stringify(board);
  if (!bundles.has(key)) bundles.set(key, buildHalProbe(board));
  const code = await bundles.get(key)!;
  const virtualBoard = new VirtualBoard({ board });
  virtualBoard.installBundle(code);
  virtualBoard.powerOn();
  return virtualBoard;
}
