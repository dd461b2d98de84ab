import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "chai";
import { defaultBoardsDir, validateBoard } from "../../scripts/build/boards";

export type BoardId = "espruino-pico" | "espruino-wifi" | "esp32" | "virtual";

/** A fresh, mutable copy of a shipped board file, as parsed JSON. */
export function shippedBoard(id: BoardId): any {
  return structuredClone(JSON.parse(readFileSync(join(defaultBoardsDir, `${id}.json`), "utf8")));
}

/** Validates `json` as boards/<id>.json and returns its errors, asserting it was refused. */
export function refusalOf(json: unknown, id: BoardId): string[] {
  const result = validateBoard(json, `boards/${id}.json`);
  expect(result.board, "board should have been refused").to.equal(undefined);
  expect(result.errors).to.not.be.empty;
  return result.errors;
}
