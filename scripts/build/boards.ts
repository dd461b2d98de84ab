/**
 * Boards as data: boards/*.json, checked against a JSON schema generated from the BoardDefinition
 * type (so the type is the only definition of the format), then against what the board's
 * Espruino build really offers (pins, flash, crypto). Every problem names the file and the field.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { createGenerator } from "ts-json-schema-generator";
import type { BoardDefinition } from "../../hal/board";
import { checkBoardSemantics } from "./board-checks";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const defaultBoardsDir = join(repoRoot, "boards");

export class BoardValidationError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`board definitions refused (${errors.length} problem${errors.length === 1 ? "" : "s"}):\n  ${errors.join("\n  ")}`);
    this.errors = errors;
  }
}

let cachedSchema: object | undefined;
let cachedValidator: ValidateFunction | undefined;

/** The JSON schema of a board file, generated from hal/board.ts once per process (~1-2 s). */
export function boardSchema(): object {
  if (!cachedSchema) {
    cachedSchema = createGenerator({
      path: join(repoRoot, "hal", "board.ts"),
      type: "BoardDefinition",
      skipTypeCheck: true,
      discriminatorType: "json-schema",
    }).createSchema("BoardDefinition");
  }
  return cachedSchema;
}

function validator(): ValidateFunction {
  if (!cachedValidator) cachedValidator = new Ajv({ allErrors: true, strict: false }).compile(boardSchema());
  return cachedValidator;
}

/** "/lockers/0/door" → "lockers[0].door". */
function fieldPath(pointer: string): string {
  let path = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
  }
  return path;
}

function describeSchemaError(error: ErrorObject): string | undefined {
  const at = fieldPath(error.instancePath);
  const where = at ? `${at}: ` : "";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "if":
      return undefined; // the failing "then" branch reports the real problem
    case "required":
      return `${where}missing required property "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `${where}unknown property "${String(params.additionalProperty)}"`;
    case "enum":
      return `${at || "value"} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${at || "board"} ${error.message ?? error.keyword}`;
  }
}

/**
 * Checks one parsed board file. `fileName` is how errors name it ("boards/esp32.json"); the board's
 * id must equal that name without ".json".
 */
export function validateBoard(json: unknown, fileName: string): { board?: BoardDefinition; errors: string[] } {
  const validate = validator();
  if (!validate(json)) {
    const messages: string[] = [];
    for (const error of validate.errors ?? []) {
      const message = describeSchemaError(error);
      if (message && !messages.includes(message)) messages.push(message);
    }
    return { errors: messages.map((m) => `${fileName}: ${m}`) };
  }
  const board = json as BoardDefinition;
  const errors = checkBoardSemantics(board, basename(fileName, ".json")).map((m) => `${fileName}: ${m}`);
  return errors.length ? { errors } : { board, errors };
}

/** Every board in `dir` (boards/ by default), sorted by id; throws listing every problem of every board. */
export function loadBoards(dir: string = defaultBoardsDir): BoardDefinition[] {
  const shown = basename(resolve(dir));
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const errors: string[] = [];
  const boards: BoardDefinition[] = [];
  if (files.length === 0) errors.push(`${shown}/: no board files (*.json)`);
  for (const file of files) {
    const name = `${shown}/${file}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      errors.push(`${name}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    const result = validateBoard(json, name);
    errors.push(...result.errors);
    if (result.board) boards.push(result.board);
  }
  if (errors.length) throw new BoardValidationError(errors);
  return boards;
}

/**
 * The board as the firmware should receive it: documentation-only text removed (notes, logNote),
 * so bundles do not carry prose into a board's RAM or flash.
 */
export function boardForFirmware(board: BoardDefinition): BoardDefinition {
  const copy = structuredClone(board);
  delete copy.notes;
  copy.flash.logNote = "";
  return copy;
}
