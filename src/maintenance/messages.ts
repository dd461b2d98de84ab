/**
 * Messages of the USB maintenance protocol (docs/maintenance-protocol.md): request and reply
 * types and their payloads. Shared by the firmware and `npm run logs`. All integers little-endian.
 */
import { readU16, readU32, writeU16, writeU32 } from "./frame";

export const PROTOCOL_VERSION = 1;

export const REQUEST_STATUS = 0x01;
export const REQUEST_EXPORT = 0x02;
export const REQUEST_ACK = 0x03;
/** Development builds only: hands USB back to the JavaScript REPL. Production refuses it. */
export const REQUEST_RELEASE_CONSOLE = 0x0f;

export const REPLY_STATUS = 0x81;
export const REPLY_RECORDS = 0x82;
export const REPLY_ACK = 0x83;
export const REPLY_CONSOLE_RELEASED = 0x8f;
export const REPLY_ERROR = 0xee;

/** Longest request payload the device accepts (the export request, with room to spare). */
export const MAX_REQUEST_PAYLOAD = 32;

export const ERROR_BAD_REQUEST = 1;
export const ERROR_NOT_ALLOWED = 2;
export const ERROR_RANGE_GONE = 3;
export const ERROR_ACK_BEYOND_LOG = 4;
export const ERROR_INTERNAL = 5;
export const ERROR_EPOCH_MISMATCH = 6;

export const EXPORT_FROM_OLDEST = 1;

export const RECORDS_MORE = 1;

export const STATUS_PRODUCTION = 1;
export const ALARM_FILL_80 = 1;
export const ALARM_FILL_95 = 2;
export const ALARM_FULL = 4;
export const ALARM_DEVELOPMENT_KEY = 8;
/** The audit log could not open at boot: the board serves, and nothing it does is logged. */
export const ALARM_LOG_UNAVAILABLE = 16;
export const ALARM_NAMES: string[] = ["fill-80", "fill-95", "full", "development-key", "log-unavailable"];
export const STATUS_EMPTY = 2;

export interface Position {
  epoch: number;
  seq: number;
}

/**
 * A record's place in the log. seq orders the log (global, +1 per record for the life of the
 * device, src/audit/record.ts); epoch names the boot that wrote it and is checked, not ordered.
 */

export function formatPosition(p: Position): string {
  return p.epoch + ":" + p.seq;
}

export interface StatusReply {
  protocolVersion: number;
  production: boolean;
  /** No record held (oldest is then meaningless). */
  empty: boolean;
  epoch: number;
  /** The oldest record still held. */
  oldest: Position;
  /** seq the next record will get (the newest is nextSeq - 1). */
  nextSeq: number;
  /** Highest record acknowledged; seq 0 before any acknowledgement. */
  watermark: Position;
  recordSize: number;
  capacity: number;
  unacknowledged: number;
  /** Unacknowledged share of the ring, 0–100. */
  fillPercent: number;
  /** ALARM_* bits. */
  alarms: number;
  dropped: number;
  refusedFrames: number;
  board: string;
  firmware: string;
}

export interface ExportRequest {
  from: Position;
  fromOldest: boolean;
  maxRecords: number;
}

export interface RecordsReply {
  more: boolean;
  /** Where the next page starts (ask for this to continue). */
  next: Position;
  recordSize: number;
  /** Raw records, as stored in flash, MAC included. */
  records: Uint8Array[];
}

export interface AckReply {
  watermark: Position;
  unacknowledged: number;
}

export interface ErrorReply {
  code: number;
  /** For range-gone: the oldest record still held. */
  oldest: Position;
  message: string;
}

function putPosition(bytes: Uint8Array, at: number, p: Position): void {
  writeU32(bytes, at, p.epoch);
  writeU32(bytes, at + 4, p.seq);
}

function getPosition(bytes: Uint8Array, at: number): Position {
  return { epoch: readU32(bytes, at), seq: readU32(bytes, at + 4) };
}

function asciiBytes(text: string, max: number): Uint8Array {
  const n = text.length < max ? text.length : max;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i) & 0x7f;
  return out;
}

function asciiText(bytes: Uint8Array, from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function need(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length < length) throw new Error(what + " payload too short: " + bytes.length + " bytes");
}

// ------------------------------------------------------------------ requests

export function encodeExportRequest(request: ExportRequest): Uint8Array {
  const out = new Uint8Array(10);
  putPosition(out, 0, request.from);
  out[8] = request.maxRecords & 0xff;
  out[9] = request.fromOldest ? EXPORT_FROM_OLDEST : 0;
  return out;
}

export function decodeExportRequest(bytes: Uint8Array): ExportRequest | undefined {
  if (bytes.length !== 10) return undefined;
  return { from: getPosition(bytes, 0), maxRecords: bytes[8], fromOldest: (bytes[9] & EXPORT_FROM_OLDEST) !== 0 };
}

export function encodeAckRequest(upTo: Position): Uint8Array {
  const out = new Uint8Array(8);
  putPosition(out, 0, upTo);
  return out;
}

export function decodeAckRequest(bytes: Uint8Array): Position | undefined {
  if (bytes.length !== 8) return undefined;
  return getPosition(bytes, 0);
}

// ------------------------------------------------------------------ replies

const STATUS_FIXED = 68;

export function encodeStatus(s: StatusReply): Uint8Array {
  const board = asciiBytes(s.board, 32);
  const firmware = asciiBytes(s.firmware, 32);
  const out = new Uint8Array(STATUS_FIXED + 2 + board.length + firmware.length);
  out[0] = s.protocolVersion;
  out[1] = (s.production ? STATUS_PRODUCTION : 0) | (s.empty ? STATUS_EMPTY : 0);
  writeU32(out, 2, s.epoch);
  putPosition(out, 6, s.oldest);
  writeU32(out, 14, s.nextSeq);
  // 18..21 reserved
  putPosition(out, 22, s.watermark);
  writeU16(out, 30, s.recordSize);
  writeU32(out, 32, s.capacity);
  // 36..39 reserved
  writeU32(out, 40, s.unacknowledged);
  out[44] = s.fillPercent;
  out[45] = s.alarms;
  writeU32(out, 46, s.dropped);
  writeU32(out, 50, s.refusedFrames);
  // 54..67 reserved (zero) so later fields do not move the strings.
  out[STATUS_FIXED] = board.length;
  out.set(board, STATUS_FIXED + 1);
  out[STATUS_FIXED + 1 + board.length] = firmware.length;
  out.set(firmware, STATUS_FIXED + 2 + board.length);
  return out;
}

export function decodeStatus(bytes: Uint8Array): StatusReply {
  need(bytes, STATUS_FIXED + 2, "status");
  const boardLength = bytes[STATUS_FIXED];
  const firmwareAt = STATUS_FIXED + 1 + boardLength;
  need(bytes, firmwareAt + 1, "status");
  const firmwareLength = bytes[firmwareAt];
  need(bytes, firmwareAt + 1 + firmwareLength, "status");
  return {
    protocolVersion: bytes[0],
    production: (bytes[1] & STATUS_PRODUCTION) !== 0,
    empty: (bytes[1] & STATUS_EMPTY) !== 0,
    epoch: readU32(bytes, 2),
    oldest: getPosition(bytes, 6),
    nextSeq: readU32(bytes, 14),
    watermark: getPosition(bytes, 22),
    recordSize: readU16(bytes, 30),
    capacity: readU32(bytes, 32),
    unacknowledged: readU32(bytes, 40),
    fillPercent: bytes[44],
    alarms: bytes[45],
    dropped: readU32(bytes, 46),
    refusedFrames: readU32(bytes, 50),
    board: asciiText(bytes, STATUS_FIXED + 1, firmwareAt),
    firmware: asciiText(bytes, firmwareAt + 1, firmwareAt + 1 + firmwareLength),
  };
}

/** Bytes a records page adds before its records: count, flags, record size, next position. */
export const RECORDS_HEADER = 12;

export function encodeRecordsHeader(count: number, more: boolean, next: Position, recordSize: number): Uint8Array {
  const out = new Uint8Array(RECORDS_HEADER);
  out[0] = count;
  out[1] = more ? RECORDS_MORE : 0;
  writeU16(out, 2, recordSize);
  putPosition(out, 4, next);
  return out;
}

export function decodeRecords(bytes: Uint8Array): RecordsReply {
  need(bytes, RECORDS_HEADER, "records");
  const count = bytes[0];
  const recordSize = readU16(bytes, 2);
  if (bytes.length !== RECORDS_HEADER + count * recordSize) {
    throw new Error("records payload is " + bytes.length + " bytes, expected " + (RECORDS_HEADER + count * recordSize));
  }
  const records: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const at = RECORDS_HEADER + i * recordSize;
    records.push(new Uint8Array(bytes.subarray(at, at + recordSize)));
  }
  return { more: (bytes[1] & RECORDS_MORE) !== 0, recordSize: recordSize, next: getPosition(bytes, 4), records: records };
}

export function encodeAckReply(reply: AckReply): Uint8Array {
  const out = new Uint8Array(12);
  putPosition(out, 0, reply.watermark);
  writeU32(out, 8, reply.unacknowledged);
  return out;
}

export function decodeAckReply(bytes: Uint8Array): AckReply {
  need(bytes, 12, "ack");
  return { watermark: getPosition(bytes, 0), unacknowledged: readU32(bytes, 8) };
}

export function encodeError(code: number, oldest: Position, message: string): Uint8Array {
  const text = asciiBytes(message, 200);
  const out = new Uint8Array(9 + text.length);
  out[0] = code;
  putPosition(out, 1, oldest);
  out.set(text, 9);
  return out;
}

export function decodeError(bytes: Uint8Array): ErrorReply {
  need(bytes, 9, "error");
  return { code: bytes[0], oldest: getPosition(bytes, 1), message: asciiText(bytes, 9, bytes.length) };
}

export const ERROR_NAMES: string[] = ["", "bad-request", "not-allowed", "range-gone", "ack-beyond-log", "internal", "epoch-mismatch"];
