/**
 * What the maintenance port needs from the audit log: a read-only view plus acknowledgement.
 * Kept narrow so the port is testable with a fake and knows nothing of flash layout.
 */
import type { Position } from "./messages";

export interface LogSummary {
  /** Boot epoch of the running firmware. */
  epoch: number;
  empty: boolean;
  oldest: Position;
  nextSeq: number;
  watermark: Position;
  recordSize: number;
  /** Records the ring can hold. */
  capacity: number;
  unacknowledged: number;
  /** ALARM_* bits (./messages.ts). */
  alarms: number;
  /** Events the log could not store since the last acknowledgement freed space. */
  dropped: number;
}

export interface LogPage {
  /** The requested position is older than anything still held. */
  gone: boolean;
  /** The log holds that seq, written in another boot epoch: not the record the caller means. */
  epochMismatch: boolean;
  oldest: Position;
  /** Raw records (MAC included), oldest first. */
  records: Uint8Array[];
  /** Where the following page starts. */
  next: Position;
  more: boolean;
}

export interface AckResult {
  /** beyond-log: no record has that seq yet; epoch-mismatch: that seq was written in another epoch. */
  problem: "none" | "beyond-log" | "epoch-mismatch";
  watermark: Position;
  unacknowledged: number;
}

export interface MaintenanceLog {
  summary(): LogSummary;
  /** Up to maxRecords records from the first at or after `from` (undefined: from the oldest). */
  page(from: Position | undefined, maxRecords: number): LogPage;
  acknowledge(upTo: Position): AckResult;
}
