/**
 * Where each device's last verified record is remembered between runs, so the next read starts
 * after it. One JSON file; a device is known by its board name and the port it was read on.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { ResumePoint } from "./read-log";

export type StateFile = Record<string, ResumePoint>;

export function loadState(file: string): StateFile {
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return value && typeof value === "object" ? (value as StateFile) : {};
  } catch {
    return {};
  }
}

export function saveState(file: string, state: StateFile): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

export function deviceKey(board: string, port: string): string {
  return `${board}@${port}`;
}
