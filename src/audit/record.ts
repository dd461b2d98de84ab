/**
 * The audit record as it lies in flash and travels over the maintenance port: 32 bytes, fixed
 * layout, little-endian. Pure code, used by the device (Espruino) and by host tools alike.
 *
 *  off size field
 *   0   1   format      0xA1 (high nibble 0xA: an audit record; low nibble: layout version 1)
 *   1   1   type        index in EVENT_TYPES (src/event-types.ts)
 *   2   1   locker      1-based locker number, 0 = none
 *   3   1   flags       bit0 clock trusted, bits1-2 result (0 none, 1 granted, 2 denied),
 *                       bit3 chain start (previous MAC is 8 zero bytes), bit4 user present,
 *                       bit5 seq resumed (first record of a boot that resumed above the
 *                       persisted seq ceiling: seq jumps, the MAC still chains)
 *   4   4   seq         global sequence number, +1 per record for the life of the device, never
 *                       reused; the order of the log (epoch only says which boot wrote it)
 *   8   4   time        seconds: UTC epoch seconds when the clock is trusted, else board clock s
 *  12   4   user        the hub's user id (flag bit4); for log-* events the count they report
 *  16   2   epoch       boot epoch, modulo 65536 (informational: order is by seq)
 *  18   2   credVersion version of the credential bundle in force, modulo 65536
 *  20   8   mac         first 8 bytes of HMAC-SHA-256(device key, prevMac || bytes 0-19 || bytes 28-29)
 *  28   1   reason      index in REASONS (src/audit/reasons.ts)
 *  29   1   zero        always 0: an unprogrammed commit word reads 0xFF here
 *  30   2   check       CRC-32 (zlib) of bytes 0-29, low 16 bits
 *
 * Commit: the writer programs bytes 0-27 first, then the word 28-31 (the "commit word"). Until
 * that second program completes the slot is not a record: a blank commit word has byte 29 = 0xFF,
 * a torn one fails the check. The MAC (8 bytes = 64 bits) makes a forged or spliced record pass
 * with probability 2^-64 per attempt, and nothing on the device answers MAC queries, so guessing
 * is offline and detected at the first miss by the hub; 8 bytes keep the record at 32 bytes,
 * which divides every board's erase unit. The 16-bit check is only a commit / torn-write test
 * (chance 2^-16 that a torn word passes it); authenticity is the MAC's job.
 *
 * A page header (slot 0 of each erase unit) uses the same 32-byte frame with format 0xB1:
 *   4 firstSeq (u32), 8 epoch (u16), 12 anchor (8: MAC of the record before this page, zeros at
 *   a chain start), 20 mac (8: HMAC(key, bytes 0-19)), 28 zero, 29 zero, 30 check.
 */

export const RECORD_BYTES = 32;
export const MAC_BYTES = 8;
export const RECORD_FORMAT = 0xa1;
export const PAGE_HEADER_FORMAT = 0xb1;
/** Bytes programmed first; the rest (the commit word) is programmed last. */
export const RECORD_BODY_BYTES = 28;

export const FLAG_CLOCK_TRUSTED = 1;
export const FLAG_CHAIN_START = 8;
export const FLAG_USER_PRESENT = 16;
export const FLAG_SEQ_RESUMED = 32;
export const RESULT_NONE = 0;
export const RESULT_GRANTED = 1;
export const RESULT_DENIED = 2;

/** What the crypto HAL (hal/interfaces/crypto.ts) offers that records need. */
export interface RecordCrypto {
  hmacSha256(key: Uint8Array, bytes: Uint8Array): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

export interface AuditRecordFields {
  seq: number;
  epoch: number;
  /** Seconds (see clockTrusted). */
  time: number;
  clockTrusted: boolean;
  /** EVENT_TYPES index. */
  type: number;
  /** 0 = none. */
  locker: number;
  /** undefined = no user. */
  user: number | undefined;
  /** RESULT_NONE / RESULT_GRANTED / RESULT_DENIED. */
  result: number;
  /** REASONS index. */
  reason: number;
  credVersion: number;
  chainStart: boolean;
  /** First record of a boot whose seq jumps ahead of the record before (see FLAG_SEQ_RESUMED). */
  seqResumed?: boolean;
}

export interface AuditRecord extends AuditRecordFields {
  mac: Uint8Array;
}

export interface PageHeader {
  firstSeq: number;
  epoch: number;
  anchor: Uint8Array;
}

export type SlotState = "blank" | "record" | "header" | "torn";

export function zeroMac(): Uint8Array {
  return new Uint8Array(MAC_BYTES);
}

function putU16(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
}

function putU32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
  bytes[offset + 2] = (value >>> 16) & 0xff;
  bytes[offset + 3] = (value >>> 24) & 0xff;
}

export function getU16(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8);
}

export function getU32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24)) >>> 0;
}

function checkOf(bytes: Uint8Array, crypto: RecordCrypto): number {
  return crypto.crc32(bytes.subarray(0, 30)) & 0xffff;
}

function recordMacInput(bytes: Uint8Array, prevMac: Uint8Array): Uint8Array {
  const input = new Uint8Array(MAC_BYTES + 22);
  input.set(prevMac, 0);
  input.set(bytes.subarray(0, 20), MAC_BYTES);
  input[MAC_BYTES + 20] = bytes[28];
  input[MAC_BYTES + 21] = bytes[29];
  return input;
}

function truncatedMac(key: Uint8Array, input: Uint8Array, crypto: RecordCrypto): Uint8Array {
  return new Uint8Array(crypto.hmacSha256(key, input).subarray(0, MAC_BYTES));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

function sealCommitWord(bytes: Uint8Array, crypto: RecordCrypto): void {
  bytes[29] = 0;
  putU16(bytes, 30, checkOf(bytes, crypto));
}

/** The complete 32 bytes of a record chained to `prevMac` (ignored when fields.chainStart). */
export function encodeRecord(fields: AuditRecordFields, prevMac: Uint8Array, key: Uint8Array, crypto: RecordCrypto): Uint8Array {
  const bytes = new Uint8Array(RECORD_BYTES);
  bytes[0] = RECORD_FORMAT;
  bytes[1] = fields.type & 0xff;
  bytes[2] = fields.locker & 0xff;
  let flags = (fields.result & 3) << 1;
  if (fields.clockTrusted) flags |= FLAG_CLOCK_TRUSTED;
  if (fields.chainStart) flags |= FLAG_CHAIN_START;
  if (fields.user !== undefined) flags |= FLAG_USER_PRESENT;
  if (fields.seqResumed === true) flags |= FLAG_SEQ_RESUMED;
  bytes[3] = flags;
  putU32(bytes, 4, fields.seq);
  putU32(bytes, 8, Math.max(0, Math.floor(fields.time)));
  putU32(bytes, 12, fields.user === undefined ? 0 : fields.user);
  putU16(bytes, 16, fields.epoch & 0xffff);
  putU16(bytes, 18, fields.credVersion & 0xffff);
  bytes[28] = fields.reason & 0xff;
  bytes[29] = 0;
  bytes.set(truncatedMac(key, recordMacInput(bytes, fields.chainStart ? zeroMac() : prevMac), crypto), 20);
  sealCommitWord(bytes, crypto);
  return bytes;
}

/** Fields of a record as stored; checks nothing (use slotState / recordMacValid). */
export function decodeRecord(bytes: Uint8Array): AuditRecord {
  const flags = bytes[3];
  return {
    seq: getU32(bytes, 4),
    epoch: getU16(bytes, 16),
    time: getU32(bytes, 8),
    clockTrusted: (flags & FLAG_CLOCK_TRUSTED) !== 0,
    type: bytes[1],
    locker: bytes[2],
    user: (flags & FLAG_USER_PRESENT) !== 0 ? getU32(bytes, 12) : undefined,
    result: (flags >> 1) & 3,
    reason: bytes[28],
    credVersion: getU16(bytes, 18),
    chainStart: (flags & FLAG_CHAIN_START) !== 0,
    seqResumed: (flags & FLAG_SEQ_RESUMED) !== 0,
    mac: new Uint8Array(bytes.subarray(20, 28)),
  };
}

/**
 * What a 32-byte slot holds, from its structure alone (no key): "blank" (all 0xFF), a committed
 * "record" or page "header" (format known, commit word complete and its check right), or "torn"
 * (anything else: an interrupted write, a partly erased page, corruption).
 */
export function slotState(bytes: Uint8Array, crypto: RecordCrypto): SlotState {
  let allErased = true;
  for (let i = 0; i < RECORD_BYTES; i++) {
    if (bytes[i] !== 0xff) {
      allErased = false;
      break;
    }
  }
  if (allErased) return "blank";
  if (bytes[29] !== 0 || getU16(bytes, 30) !== checkOf(bytes, crypto)) return "torn";
  if (bytes[0] === RECORD_FORMAT && (bytes[3] & 0xc0) === 0 && ((bytes[3] >> 1) & 3) !== 3) return "record";
  if (bytes[0] === PAGE_HEADER_FORMAT && bytes[28] === 0) return "header";
  return "torn";
}

/** True when the stored MAC is right for `prevMac` (or for zeros when the record starts a chain). */
export function recordMacValid(bytes: Uint8Array, prevMac: Uint8Array, key: Uint8Array, crypto: RecordCrypto): boolean {
  const prev = (bytes[3] & FLAG_CHAIN_START) !== 0 ? zeroMac() : prevMac;
  return sameBytes(truncatedMac(key, recordMacInput(bytes, prev), crypto), bytes.subarray(20, 28));
}

export function storedMac(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.subarray(20, 28));
}

export function encodePageHeader(header: PageHeader, key: Uint8Array, crypto: RecordCrypto): Uint8Array {
  const bytes = new Uint8Array(RECORD_BYTES);
  bytes[0] = PAGE_HEADER_FORMAT;
  putU32(bytes, 4, header.firstSeq);
  putU16(bytes, 8, header.epoch & 0xffff);
  bytes.set(header.anchor, 12);
  bytes.set(truncatedMac(key, bytes.subarray(0, 20), crypto), 20);
  bytes[28] = 0;
  sealCommitWord(bytes, crypto);
  return bytes;
}

export function decodePageHeader(bytes: Uint8Array): PageHeader {
  return { firstSeq: getU32(bytes, 4), epoch: getU16(bytes, 8), anchor: new Uint8Array(bytes.subarray(12, 20)) };
}

export function pageHeaderMacValid(bytes: Uint8Array, key: Uint8Array, crypto: RecordCrypto): boolean {
  return sameBytes(truncatedMac(key, bytes.subarray(0, 20), crypto), bytes.subarray(20, 28));
}

export interface ChainProblem {
  /** Index in the array given to verifyChain. */
  index: number;
  seq: number;
  problem: "torn" | "not-a-record" | "gap" | "bad-mac";
  message: string;
}

export interface ChainOptions {
  crypto: RecordCrypto;
  /** Without a key only structure and sequence are checked. */
  key?: Uint8Array;
  /** MAC of the record before records[0], when known (a resumed export); otherwise the first record's MAC is not checked unless it starts a chain. */
  previousMac?: Uint8Array;
  /** seq of the record before records[0], when known. */
  previousSeq?: number;
}

/**
 * Checks records in export order: each is a committed record, seq rises by exactly one, and with a key every MAC chains to the one before. seq may jump forward (never back):
 * - at a chain start (the log restarted after losing everything it held);
 * - at a record flagged seq-resumed: a boot resumed above its persisted seq ceiling, so that no
 *   seq is ever reused whatever happened to the flash. Its MAC still chains to the record
 *   before, so with the key the jump is proven to leave nothing out.
 * Returns the first problem, or undefined when clean.
 */
export function verifyChain(records: Uint8Array[], options: ChainOptions): ChainProblem | undefined {
  let prevMac = options.previousMac;
  let prevSeq = options.previousSeq;
  for (let i = 0; i < records.length; i++) {
    const bytes = records[i];
    const state = bytes.length === RECORD_BYTES ? slotState(bytes, options.crypto) : "torn";
    const seq = bytes.length >= 8 ? getU32(bytes, 4) : -1;
    if (state === "torn" || state === "blank") {
      return { index: i, seq: seq, problem: "torn", message: "record " + i + " is torn or incomplete" };
    }
    if (state !== "record") {
      return { index: i, seq: seq, problem: "not-a-record", message: "record " + i + " is not an audit record" };
    }
    const chainStart = (bytes[3] & FLAG_CHAIN_START) !== 0;
    const resumed = (bytes[3] & FLAG_SEQ_RESUMED) !== 0;
    if (prevSeq !== undefined && !(seq === prevSeq + 1 || ((chainStart || resumed) && seq > prevSeq))) {
      return { index: i, seq: seq, problem: "gap", message: "seq " + seq + " follows seq " + prevSeq };
    }
    if (options.key !== undefined && (chainStart || prevMac !== undefined)) {
      if (!recordMacValid(bytes, prevMac === undefined ? zeroMac() : prevMac, options.key, options.crypto)) {
        return { index: i, seq: seq, problem: "bad-mac", message: "seq " + seq + " has a MAC that does not verify" };
      }
    }
    prevMac = storedMac(bytes);
    prevSeq = seq;
  }
  return undefined;
}
