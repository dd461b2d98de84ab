/**
 * What the audit log offers the rest of the firmware: the event sink side (append) and the
 * export / acknowledge side used by the USB maintenance port now and Wi-Fi sync later.
 * Records travel exactly as stored (32 bytes each, layout in ./record.ts).
 */
import type { FirmwareEvent } from "../events";

export interface AuditLogStatus {
  /** Boot epoch of this run (full 32-bit value; records keep it modulo 65536). */
  epoch: number;
  /** seq the next record will get. */
  nextSeq: number;
  /** Highest contiguous acknowledged position: every record with seq <= watermark.seq is acknowledged (seq 0: none yet). */
  watermark: { epoch: number; seq: number };
  /** Records written and not yet acknowledged. */
  unacked: number;
  /** Records the log holds when every page is in use (page headers excluded). */
  capacity: number;
  /** unacked / capacity, 0..1. */
  fill: number;
  /**
   * Alarm names in force: "fill-80", "fill-95", "full", "development-key", "state-write-failed",
   * "cannot-reclaim-without-state" (a single-unit log on a board whose state is RAM-only keeps
   * its records rather than erase them: it stays full until the state is persistent).
   */
  alarms: string[];
  /** Events that could not be stored because the log was full, since the device was provisioned (kept in flash). */
  dropped: number;
  /** seq of the oldest record still held (0 when none). */
  oldestSeq: number;
  /** Records held (acknowledged or not). */
  stored: number;
}

export interface AuditLog {
  /** Stores the event as one record (or counts it as dropped when the log is full). Never throws on a full log. */
  append(event: FirmwareEvent): void;
  status(): AuditLogStatus;
  /**
   * Up to `max` records with seq >= fromSeq, oldest first, as stored (32 bytes each). seq alone
   * orders the log (it never restarts or repeats). `fromEpoch` names the boot the caller believes
   * wrote the record at fromSeq: when that record is held and its epoch (modulo 65536) differs,
   * read throws (the caller's position belongs to another log, e.g. one that was replaced).
   * fromEpoch 0 means "any": no boot has epoch 0. A fromSeq that names no held record (older
   * than the oldest, or skipped at a boot) is not checked. Returns an empty array when nothing
   * is at or after fromSeq; when fromSeq is older than the oldest record held, starts at the
   * oldest (the caller sees the gap by seq).
   */
  read(fromEpoch: number, fromSeq: number, max: number): Uint8Array[];
  /**
   * The hub holds every record up to and including (epoch, seq). Persists the watermark before
   * anything relies on it. An ack at or below the watermark changes nothing; an ack of a seq
   * never written, or whose record has another epoch, throws and changes nothing.
   */
  acknowledge(epoch: number, seq: number): void;
}
