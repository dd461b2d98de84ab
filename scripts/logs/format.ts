/** Records as people and spreadsheets read them: event and reason names, times, results. */
import type { AuditRecord } from "../../src/audit/record";
import { reasonName } from "../../src/audit/reasons";
import { EVENT_TYPES } from "../../src/event-types";

export type OutputFormat = "table" | "csv" | "json";

export interface RecordRow {
  seq: number;
  epoch: number;
  time: string;
  clock: "trusted" | "board";
  event: string;
  locker: number | "";
  user: number | "";
  result: string;
  reason: string;
  credVersion: number;
}

const RESULTS = ["", "granted", "denied", "?"];

export function recordRow(r: AuditRecord): RecordRow {
  return {
    seq: r.seq,
    epoch: r.epoch,
    time: r.clockTrusted ? new Date(r.time * 1000).toISOString().replace(".000Z", "Z") : `board+${r.time}s`,
    clock: r.clockTrusted ? "trusted" : "board",
    event: EVENT_TYPES[r.type] ?? `event-${r.type}`,
    locker: r.locker === 0 ? "" : r.locker,
    user: r.user ?? "",
    result: RESULTS[r.result] ?? "?",
    reason: r.reason === 0 ? "" : reasonName(r.reason),
    credVersion: r.credVersion,
  };
}

const COLUMNS: Array<keyof RecordRow> = ["seq", "epoch", "time", "event", "locker", "user", "result", "reason", "credVersion"];

export function formatTable(rows: RecordRow[]): string {
  const cells = [COLUMNS.map(String), ...rows.map((row) => COLUMNS.map((c) => String(row[c])))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  return cells.map((line) => line.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + "\n";
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatCsv(rows: RecordRow[]): string {
  const lines = [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((c) => csvCell(String(row[c]))).join(","))];
  return lines.join("\n") + "\n";
}

export function formatJson(document: { device: unknown; verification: unknown; rows: RecordRow[]; raw: Uint8Array[] }): string {
  const records = document.rows.map((row, i) => ({ ...row, hex: Buffer.from(document.raw[i]).toString("hex") }));
  return `${JSON.stringify({ device: document.device, verification: document.verification, records }, null, 2)}\n`;
}
