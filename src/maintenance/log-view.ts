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
  newest: Position;
  watermark: Position;
  recordSize: number;
  /** Records the ring can hold. */
  capacity: number;
  stored: number;
  unacknowledged: number;
  /** 1 = 80 % unacknowledged, 2 = 95 %, 4 = full (events being dropped). */
  alarms: number;
  /** Events the log could not store since the last acknowledgement freed space. */
  dropped: number;
}

export interface LogPage {
  /** The requested position is older than anything still held. */
  gone: boolean;
  oldest: Position;
  /** Raw records (MAC included), oldest first. */
  records: Uint8Array[];
  /** Where the following page starts. */
  next: Position;
  more: boolean;
}

export interface AckResult {
  /** False when the position is newer than any record in the log. */
  accepted: boolean;
  watermark: Position;
  unacknowledged: number;
}

export interface MaintenanceLog {
  summary(): LogSummary;
  /** Up to maxRecords records from the first at or after `from` (undefined: from the oldest). */
  page(from: Position | undefined, maxRecords: number): LogPage;
  acknowledge(upTo: Position): AckResult;
}
