/**
 * Verifies an export of the audit log: every record committed, seq rising by one, every MAC
 * chained to the one before (with the device key), and the export complete.
 *
 * Torn tail versus truncated export:
 * - A TORN TAIL is the live end of the log after a power cut: a full-size slot after the last
 *   committed record whose commit word never completed. The device never counted it as a
 *   record (its seq is not below the device's next seq), so nothing is missing. It is reported
 *   as a warning, left out, and never acknowledged.
 * - A TRUNCATED EXPORT stops before the newest record the device announced when the read began
 *   (the status taken before the first page), or ends in a part of a record. Something the
 *   device holds is missing, so it is a failure. This is also how an edited or removed last
 *   record is caught: the committed records then end before the announced newest.
 * Any uncommitted slot with committed records after it is corruption, not a torn tail.
 */
import { createHmac } from "node:crypto";
import { crc32 } from "../../hal/crypto/crc32";
import {
  decodeRecord,
  FLAG_CHAIN_START,
  getU32,
  RECORD_BYTES,
  slotState,
  verifyChain,
  type AuditRecord,
  type RecordCrypto,
} from "../../src/audit/record";

export const hostRecordCrypto: RecordCrypto = {
  hmacSha256: (key, bytes) => new Uint8Array(createHmac("sha256", key).update(bytes).digest()),
  crc32,
};

export interface ExportToVerify {
  /** The bytes of the export, records back to back as the device sent them. */
  bytes: Uint8Array;
  /** seq of the newest record the device announced before the read (status nextSeq - 1). */
  announcedNewestSeq?: number;
  /** The last record verified by an earlier read this one continues (from the state file). */
  anchor?: { seq: number; mac: Uint8Array };
  key?: Uint8Array;
}

export type FailureKind = "corrupt" | "gap" | "order" | "bad-mac" | "truncated";

export interface VerifyFailure {
  kind: FailureKind;
  /** Index of the first bad record in this export (records.length for a truncation at the end). */
  index: number;
  seq: number | undefined;
  message: string;
}

export interface VerifyResult {
  /** Committed records that verified, in order (the torn tail excluded). */
  records: AuditRecord[];
  raw: Uint8Array[];
  warnings: string[];
  failure: VerifyFailure | undefined;
  /** MAC chains were checked (a key was given). */
  macsChecked: boolean;
}

function describe(index: number, bytes: Uint8Array | undefined): string {
  if (!bytes || bytes.length < 8) return `record #${index + 1} of this export`;
  return `record #${index + 1} of this export (seq ${getU32(bytes, 4)})`;
}

export function verifyExport(input: ExportToVerify): VerifyResult {
  const crypto = hostRecordCrypto;
  const whole = Math.floor(input.bytes.length / RECORD_BYTES);
  const slots: Uint8Array[] = [];
  for (let i = 0; i < whole; i++) slots.push(input.bytes.slice(i * RECORD_BYTES, (i + 1) * RECORD_BYTES));
  const result: VerifyResult = { records: [], raw: [], warnings: [], failure: undefined, macsChecked: input.key !== undefined };
  const fail = (failure: VerifyFailure): VerifyResult => {
    result.failure = failure;
    return result;
  };

  let committed = slots;
  const last = slots[slots.length - 1];
  if (last !== undefined && slotState(last, crypto) !== "record" && input.bytes.length % RECORD_BYTES === 0) {
    committed = slots.slice(0, -1);
    result.warnings.push(
      `torn tail: the last slot (${describe(slots.length - 1, last)}) was never committed, as after a power cut during a write; it is not a record and is ignored`,
    );
  }

  const problem = verifyChain(committed, {
    crypto,
    key: input.key,
    previousMac: input.anchor?.mac,
    previousSeq: input.anchor?.seq,
  });
  if (problem) {
    const bytes = committed[problem.index];
    const where = describe(problem.index, bytes);
    if (problem.problem === "torn" || problem.problem === "not-a-record") {
      return fail({ kind: "corrupt", index: problem.index, seq: problem.seq, message: `${where} is corrupt: its check fails or it is not an audit record` });
    }
    if (problem.problem === "bad-mac") {
      return fail({
        kind: "bad-mac",
        index: problem.index,
        seq: problem.seq,
        message: `${where} has a MAC that does not verify with this key: edited, spliced from another device, or the wrong key`,
      });
    }
    const previousSeq = problem.index > 0 ? getU32(committed[problem.index - 1], 4) : input.anchor?.seq;
    if (previousSeq !== undefined && problem.seq <= previousSeq) {
      return fail({ kind: "order", index: problem.index, seq: problem.seq, message: `${where} is out of order: seq ${problem.seq} after seq ${previousSeq}` });
    }
    return fail({
      kind: "gap",
      index: problem.index,
      seq: problem.seq,
      message: `${where} follows seq ${previousSeq}: ${problem.seq - (previousSeq ?? 0) - 1} record(s) missing`,
    });
  }

  if (input.key !== undefined && input.anchor === undefined && committed.length > 0 && (committed[0][3] & FLAG_CHAIN_START) === 0) {
    // Its MAC covers the MAC of a record this export does not hold: nothing can vouch for it.
    result.warnings.push(
      `${describe(0, committed[0])}: its MAC chains to a record not in this export, so its MAC was not checked and its fields are not authenticated (every later record is)`,
    );
  }
  for (let i = 0; i < committed.length; i++) {
    const record = decodeRecord(committed[i]);
    const previousSeq = i > 0 ? result.records[i - 1].seq : input.anchor?.seq;
    if (record.chainStart && previousSeq !== undefined && record.seq !== previousSeq + 1) {
      result.warnings.push(
        `log restarted: seq ${record.seq} starts a new chain after seq ${previousSeq}; the device lost records ${previousSeq + 1}..${record.seq - 1} and logged it`,
      );
    }
    result.records.push(record);
    result.raw.push(committed[i]);
  }

  const trailing = input.bytes.length % RECORD_BYTES;
  if (trailing !== 0) {
    return fail({
      kind: "truncated",
      index: whole,
      seq: undefined,
      message: `truncated export: it ends in ${trailing} byte(s) of a record after ${describe(whole - 1, slots[whole - 1])}`,
    });
  }
  const lastSeq = result.records.length > 0 ? result.records[result.records.length - 1].seq : input.anchor?.seq;
  if (input.announcedNewestSeq !== undefined && (lastSeq === undefined || lastSeq < input.announcedNewestSeq)) {
    if (committed.length < slots.length) {
      // The uncommitted last slot stands where a record the device announced should be.
      result.warnings = result.warnings.filter((warning) => !warning.startsWith("torn tail"));
      return fail({
        kind: "corrupt",
        index: slots.length - 1,
        seq: lastSeq === undefined ? undefined : lastSeq + 1,
        message: `${describe(slots.length - 1, last)} is corrupt: the device announced records up to seq ${input.announcedNewestSeq}, so it is not a torn tail`,
      });
    }
    const missingFrom = lastSeq === undefined ? "the start" : `seq ${lastSeq + 1}`;
    return fail({
      kind: "truncated",
      index: committed.length,
      seq: lastSeq === undefined ? undefined : lastSeq + 1,
      message: `truncated export: the device announced records up to seq ${input.announcedNewestSeq}, the export stops before ${missingFrom}`,
    });
  }
  return result;
}
