/**
 * The audit log: a ring of erase units ("pages") in raw flash outside Storage. Slot 0 of each
 * page is an authenticated header (first seq, epoch, the MAC of the record before the page);
 * the other slots hold 32-byte records written body first, commit word last (./record.ts).
 *
 * Boot never trusts a pointer: every page is read and every record checked (./page-walk.ts);
 * the head is the page with the highest authenticated first seq and the next record goes after
 * the last non-blank slot, so torn garbage is stepped over, never reused.
 *
 * Counters live in DurableState (power-safe, one key per value):
 * - audit.ackSeq / audit.ackEpoch: the watermark. Set (durably) by acknowledge() before any
 *   page below it may be erased, so a cut can neither lose it past erased records nor move it
 *   past records the hub never acknowledged.
 * - audit.seqCeil: every seq ever used is below it; raised SEQ_BLOCK at a time before use
 *   (write-ahead in blocks, as OSCORE does with its sequence numbers). Every boot resumes at or
 *   above it, so no seq is ever used twice whatever the flash lost (a damaged newest page, an
 *   erased tail record): the first record of a boot may jump ahead by up to SEQ_BLOCK, still
 *   chained to the record before it and flagged seq-resumed (./record.ts) so verifiers accept it.
 *   Where the state is RAM-only the ceiling is gone at every boot; the log then resumes above
 *   every seq it can still read in any slot, authenticated or not (bounded, see recovery).
 * - audit.epoch: boot count, one write per boot.
 * - audit.dropped / audit.dropRep: events refused because the log was full, and how many of
 *   them a "log-dropped" record already reported (the record carries the running total).
 * Nothing here touches Storage, so nothing in the log path can start a compaction.
 */
import type { FlashPages } from "../../hal/interfaces/flash";
import { EVENT_TYPES } from "../event-types";
import type { FirmwareEvent } from "../events";
import type { DurableState } from "../persist/durable-state";
import type { AuditLog, AuditLogStatus } from "./log-api";
import { walkPage, type PageSummary, type PageWalkContext, type WalkResume } from "./page-walk";
import { reasonCode } from "./reasons";
import {
  encodePageHeader,
  encodeRecord,
  getU16,
  getU32,
  RECORD_BODY_BYTES,
  RECORD_BYTES,
  RESULT_DENIED,
  RESULT_GRANTED,
  RESULT_NONE,
  slotState,
  storedMac,
  zeroMac,
  type AuditRecordFields,
  type RecordCrypto,
} from "./record";

export const SEQ_BLOCK = 256;
const FILL_ALARMS = [0.8, 0.95];
const FILL_ALARM_EVENTS = ["log-fill-80", "log-fill-95"];

export interface FlashAuditLogOptions {
  flash: FlashPages;
  /** The board's flash.partitions.log: whole erase units. */
  partition: { start: number; size: number };
  key: Uint8Array;
  /** The key is the development key, not a provisioned one: said at every boot and in status. */
  developmentKey: boolean;
  crypto: RecordCrypto;
  state: DurableState;
  /** Slots read per flash read while scanning (default 16: 512 bytes of RAM). */
  chunkSlots?: number;
  /**
   * `state` does not survive a power cycle (RAM-only: boards without a state partition). A log
   * of a single erase unit then never erases it: a cut between the erase and the new header
   * would leave nothing to continue seq and epoch from, and seqs would start again at 1. It
   * keeps its records, counts what it cannot store, and says "log-cannot-reclaim-without-state".
   */
  stateVolatile?: boolean;
}

export interface RecoveryReport {
  pages: number;
  recordsPerPage: number;
  /** Records accepted (authenticated) across the log. */
  accepted: number;
  tornAtTail: number;
  corrupt: number;
  /** The log held no authenticated page: seq continued above every seq known used, with a new chain. */
  restarted: boolean;
  headPage: number;
}

export interface FlashAuditLog extends AuditLog {
  recovery(): RecoveryReport;
  /** Event types the log raised since the last call (for the event stream: the log may be too full to hold them). */
  takeNotices(): string[];
}

export const CANNOT_RECLAIM_EVENT = "log-cannot-reclaim-without-state";
export const CANNOT_RECLAIM_ALARM = "cannot-reclaim-without-state";

function typeCode(name: string): number {
  const index = EVENT_TYPES.indexOf(name as (typeof EVENT_TYPES)[number]);
  return index < 0 ? 0 : index;
}

function allZero(bytes: Uint8Array | undefined): boolean {
  if (bytes === undefined) return true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Scans the partition, reports what it found (into the log itself) and returns the running log. */
export function openFlashAuditLog(options: FlashAuditLogOptions): FlashAuditLog {
  const flash = options.flash;
  const state = options.state;
  const crypto = options.crypto;
  const key = options.key;
  const unit = flash.eraseUnitAt(options.partition.start).size;
  if (options.partition.size % unit !== 0 || options.partition.start % unit !== 0 || unit % RECORD_BYTES !== 0) {
    throw new Error("audit log partition is not whole erase units of whole records");
  }
  const pages = options.partition.size / unit;
  const slots = unit / RECORD_BYTES;
  const recordsPerPage = slots - 1;
  const capacity = pages * recordsPerPage;
  const context: PageWalkContext = { flash: flash, key: key, crypto: crypto, chunkSlots: options.chunkSlots === undefined ? 16 : options.chunkSlots };
  const droppedCode = typeCode("log-dropped");

  // Per page, in RAM: a few numbers each, never per record.
  const headerValid: boolean[] = [];
  const firstSeq: number[] = [];
  const firstAcceptedSeq: number[] = [];
  const lastSeq: number[] = [];
  const accepted: number[] = [];
  const nextFree: number[] = [];

  let head = -1;
  let writeSlot = 0;
  let nextSeq = 1;
  let prevMac: Uint8Array = zeroMac();
  let chainStartPending = false;
  let seqResumedPending = false;
  let wmSeq = state.get("audit.ackSeq") === undefined ? 0 : (state.get("audit.ackSeq") as number);
  let wmEpoch = state.get("audit.ackEpoch") === undefined ? 0 : (state.get("audit.ackEpoch") as number);
  let seqCeil = state.get("audit.seqCeil") === undefined ? 0 : (state.get("audit.seqCeil") as number);
  let dropped = state.get("audit.dropped") === undefined ? 0 : (state.get("audit.dropped") as number);
  let dropReported = state.get("audit.dropRep") === undefined ? 0 : (state.get("audit.dropRep") as number);
  let epoch = state.get("audit.epoch") === undefined ? 0 : (state.get("audit.epoch") as number);
  // Epoch (modulo 65536) of the newest record or page header by seq, -1 seq: none found.
  let newestLogSeq = -1;
  let newestLogEpoch = 0;
  let alarmLevel = 0;
  let full = false;
  let writingAlarm = false;
  let cannotReclaim = false;
  let notices: string[] = [];
  let readCursor: { page: number; firstSeq: number; nextSeq: number; resume: WalkResume } | undefined = undefined;

  function pageStart(page: number): number {
    return options.partition.start + page * unit;
  }

  // ---- recovery: read everything, trust nothing single ----
  let totalAccepted = 0;
  let corrupt = 0;
  let headSummary: PageSummary | undefined = undefined;
  let maxSeq = 0;
  let maxSeen = 0;
  for (let page = 0; page < pages; page++) {
    const summary = walkPage(
      context,
      pageStart(page),
      unit,
      (bytes: Uint8Array) => {
        if (bytes[1] === droppedCode && getU32(bytes, 12) > dropReported) dropReported = getU32(bytes, 12);
        if (getU32(bytes, 4) >= newestLogSeq) {
          newestLogSeq = getU32(bytes, 4);
          newestLogEpoch = getU16(bytes, 16);
        }
        return true;
      },
      undefined,
    );
    headerValid.push(summary.headerValid);
    firstSeq.push(summary.firstSeq);
    firstAcceptedSeq.push(summary.firstAcceptedSeq);
    lastSeq.push(summary.lastSeq);
    accepted.push(summary.accepted);
    nextFree.push(summary.nextFreeSlot);
    totalAccepted += summary.accepted;
    corrupt += summary.corrupt;
    if (summary.lastSeq > maxSeq) maxSeq = summary.lastSeq;
    if (summary.headerValid && summary.firstSeq - 1 > maxSeq) maxSeq = summary.firstSeq - 1;
    if (summary.headerValid && summary.firstSeq > newestLogSeq) {
      newestLogSeq = summary.firstSeq;
      newestLogEpoch = summary.headerEpoch;
    }
    if (summary.highestSeqSeen > maxSeen) maxSeen = summary.highestSeqSeen;
    if (summary.headerValid && (head < 0 || summary.firstSeq > firstSeq[head])) {
      head = page;
      headSummary = summary;
    }
  }
  if (dropReported > dropped) dropped = dropReported;
  // The log itself vouches for what a lost or RAM-only state cannot: records only ever leave it
  // below the watermark, and its newest record's epoch is the last boot's (modulo 65536). By seq,
  // not the largest value: across the wrap the largest is 65535 however many boots followed.
  if (newestLogSeq >= 0) {
    if (state.get("audit.epoch") === undefined) {
      epoch = newestLogEpoch;
    } else {
      // Serial-number order: the log is ahead when it is less than half the 16-bit space ahead;
      // otherwise the state is (a boot cut before its first record), and it is kept.
      const ahead = (newestLogEpoch - (epoch & 0xffff)) & 0xffff;
      if (ahead < 0x8000) epoch += ahead;
    }
  }
  epoch++;
  state.set("audit.epoch", epoch);
  let oldestHeld = 0;
  for (let page = 0; page < pages; page++) {
    if (accepted[page] > 0 && (oldestHeld === 0 || firstAcceptedSeq[page] < oldestHeld)) oldestHeld = firstAcceptedSeq[page];
  }
  if (oldestHeld > 1 && oldestHeld - 1 > wmSeq) wmSeq = oldestHeld - 1;
  let restarted = false;
  // Resume above every seq that may have been used: the authenticated tail (and committed records
  // after it that no longer verify), the persisted ceiling, and any seq field still readable in
  // any slot. A seq field is trusted only within one log's worth of the rest, so garbage cannot
  // push seq to the end of its range.
  let resumeAt = head >= 0 && headSummary !== undefined ? maxSeq + 1 + headSummary.corruptAtTail : 1;
  if (seqCeil > resumeAt) resumeAt = seqCeil;
  const seenLimit = Math.max(maxSeq, seqCeil) + capacity + SEQ_BLOCK;
  if (maxSeen >= seenLimit) {
    // Garbage somewhere: read every page again, ignoring implausible seq fields.
    maxSeen = 0;
    for (let page = 0; page < pages; page++) {
      const seen = walkPage(context, pageStart(page), unit, undefined, undefined, seenLimit).highestSeqSeen;
      if (seen > maxSeen) maxSeen = seen;
    }
  }
  if (maxSeen >= resumeAt) resumeAt = maxSeen + 1;
  nextSeq = resumeAt;
  if (head >= 0 && headSummary !== undefined) {
    seqResumedPending = nextSeq > maxSeq + 1;
    writeSlot = Math.max(1, headSummary.nextFreeSlot);
    if (headSummary.accepted > 0 && headSummary.lastMac !== undefined) {
      prevMac = headSummary.lastMac;
    } else {
      prevMac = headSummary.anchor === undefined ? zeroMac() : headSummary.anchor;
      chainStartPending = allZero(headSummary.anchor);
    }
  } else {
    // No authenticated page: a fresh device, or a log that lost everything it held.
    restarted = nextSeq > 1;
    chainStartPending = true;
  }
  const tornAtTail = headSummary === undefined ? 0 : headSummary.tornAtTail;
  const report: RecoveryReport = {
    pages: pages,
    recordsPerPage: recordsPerPage,
    accepted: totalAccepted,
    tornAtTail: tornAtTail,
    corrupt: corrupt,
    restarted: restarted,
    headPage: head,
  };

  // ---- writing ----
  function reclaimable(page: number): boolean {
    return !headerValid[page] || accepted[page] === 0 || lastSeq[page] <= wmSeq;
  }

  /** Erasing this (non-blank) page would leave no record of seq and epoch anywhere. */
  function mustNotErase(page: number): boolean {
    if (pages !== 1 || options.stateVolatile !== true || nextFree[page] === 0) return false;
    if (!cannotReclaim) notices.push(CANNOT_RECLAIM_EVENT);
    cannotReclaim = true;
    return true;
  }

  function ensureCeiling(): void {
    if (nextSeq < seqCeil) return;
    const raised = nextSeq + SEQ_BLOCK;
    state.set("audit.seqCeil", raised);
    seqCeil = raised;
  }

  function programRecord(address: number, bytes: Uint8Array): void {
    flash.program(address, bytes.subarray(0, RECORD_BODY_BYTES));
    flash.program(address + RECORD_BODY_BYTES, bytes.subarray(RECORD_BODY_BYTES, RECORD_BYTES));
  }

  function openPage(page: number): void {
    const anchor = chainStartPending ? zeroMac() : prevMac;
    // Mark the page unusable in RAM first: if the erase or header fails, nothing is appended there.
    headerValid[page] = false;
    accepted[page] = 0;
    lastSeq[page] = 0;
    if (nextFree[page] > 0) {
      nextFree[page] = slots;
      flash.erase(pageStart(page));
    }
    nextFree[page] = 1;
    const header = encodePageHeader({ firstSeq: nextSeq, epoch: epoch, anchor: anchor }, key, crypto);
    if (readCursor !== undefined && readCursor.page === page) readCursor = undefined;
    programRecord(pageStart(page), header);
    headerValid[page] = true;
    firstSeq[page] = nextSeq;
    firstAcceptedSeq[page] = 0;
    head = page;
    writeSlot = 1;
  }

  /** Makes room for one record; false when the log is full of unacknowledged records. */
  function ensureSpace(): boolean {
    if (head < 0) {
      if (mustNotErase(0)) return false;
      ensureCeiling();
      openPage(0);
      return true;
    }
    if (writeSlot < slots) return true;
    const next = (head + 1) % pages;
    if (!reclaimable(next) || mustNotErase(next)) return false;
    ensureCeiling();
    openPage(next);
    return true;
  }

  function writeRecord(fields: AuditRecordFields): void {
    ensureCeiling();
    fields.seq = nextSeq;
    fields.epoch = epoch;
    fields.chainStart = chainStartPending;
    fields.seqResumed = seqResumedPending && !chainStartPending;
    const bytes = encodeRecord(fields, prevMac, key, crypto);
    const slot = writeSlot;
    // The slot is spent whatever happens next: a failed program leaves bytes that must not be reused.
    writeSlot++;
    nextFree[head] = writeSlot;
    programRecord(pageStart(head) + slot * RECORD_BYTES, bytes);
    prevMac = storedMac(bytes);
    chainStartPending = false;
    seqResumedPending = false;
    if (accepted[head] === 0) firstAcceptedSeq[head] = nextSeq;
    accepted[head]++;
    lastSeq[head] = nextSeq;
    nextSeq++;
  }

  function internalFields(type: string, count: number | undefined, reason: string | undefined): AuditRecordFields {
    return {
      seq: 0,
      epoch: 0,
      time: 0,
      clockTrusted: false,
      type: typeCode(type),
      locker: 0,
      user: count,
      result: RESULT_NONE,
      reason: reasonCode(reason),
      credVersion: 0,
      chainStart: false,
    };
  }

  let lastTimeSeconds = 0;
  let stateFault = "";

  function store(fields: AuditRecordFields): boolean {
    if (!ensureSpace()) {
      full = true;
      dropped++;
      try {
        state.set("audit.dropped", dropped);
      } catch (e) {
        // The count stays in RAM; status still shows it, with the reason.
        stateFault = String(e);
      }
      return false;
    }
    full = false;
    if (dropped > dropReported) {
      const notice = internalFields("log-dropped", dropped, undefined);
      notice.time = lastTimeSeconds;
      writeRecord(notice);
      dropReported = dropped;
      try {
        state.set("audit.dropRep", dropReported);
      } catch (e) {
        // Recovery also finds the total in the record just written.
        stateFault = String(e);
      }
      if (!ensureSpace()) {
        full = true;
        dropped++;
        return false;
      }
    }
    writeRecord(fields);
    return true;
  }

  function unackedCount(): number {
    let total = 0;
    for (let page = 0; page < pages; page++) {
      if (!headerValid[page] || accepted[page] === 0 || lastSeq[page] <= wmSeq) continue;
      const from = Math.max(wmSeq + 1, firstAcceptedSeq[page]);
      total += Math.min(accepted[page], lastSeq[page] - from + 1);
    }
    return total;
  }

  function fillLevel(): number {
    const fill = unackedCount() / capacity;
    let level = 0;
    for (let i = 0; i < FILL_ALARMS.length; i++) if (fill >= FILL_ALARMS[i]) level = i + 1;
    return level;
  }

  function checkFillAlarms(): void {
    if (writingAlarm) return;
    const level = fillLevel();
    if (level < alarmLevel) alarmLevel = level;
    while (alarmLevel < level) {
      const fields = internalFields(FILL_ALARM_EVENTS[alarmLevel], unackedCount(), undefined);
      fields.time = lastTimeSeconds;
      alarmLevel++;
      writingAlarm = true;
      try {
        store(fields);
      } finally {
        writingAlarm = false;
      }
    }
  }

  function storedRecordAt(seq: number): Uint8Array | undefined {
    for (let page = 0; page < pages; page++) {
      if (!headerValid[page] || accepted[page] === 0 || seq < firstAcceptedSeq[page] || seq > lastSeq[page]) continue;
      for (let slot = 1; slot < nextFree[page]; slot++) {
        const bytes = flash.read(pageStart(page) + slot * RECORD_BYTES, RECORD_BYTES);
        if (slotState(bytes, crypto) === "record" && getU32(bytes, 4) === seq) return bytes;
      }
    }
    return undefined;
  }

  function pagesBySeq(): number[] {
    const order: number[] = [];
    for (let page = 0; page < pages; page++) if (headerValid[page] && accepted[page] > 0) order.push(page);
    order.sort((a, b) => firstSeq[a] - firstSeq[b]);
    return order;
  }

  const log: FlashAuditLog = {
    append(event: FirmwareEvent): void {
      lastTimeSeconds = Math.max(0, Math.floor(event.t / 1000));
      let user: number | undefined = undefined;
      if (event.user !== undefined) user = event.user;
      store({
        seq: 0,
        epoch: 0,
        time: lastTimeSeconds,
        clockTrusted: event.clock === "trusted",
        type: typeCode(event.type),
        locker: event.locker === undefined ? 0 : event.locker,
        user: user,
        result: event.result === "granted" ? RESULT_GRANTED : event.result === "denied" ? RESULT_DENIED : RESULT_NONE,
        reason: reasonCode(event.reason),
        credVersion: event.credVersion === undefined ? 0 : event.credVersion,
        chainStart: false,
      });
      checkFillAlarms();
    },

    status(): AuditLogStatus {
      const unacked = unackedCount();
      const alarms: string[] = [];
      if (alarmLevel >= 1) alarms.push("fill-80");
      if (alarmLevel >= 2) alarms.push("fill-95");
      if (full) alarms.push("full");
      if (cannotReclaim) alarms.push(CANNOT_RECLAIM_ALARM);
      if (options.developmentKey) alarms.push("development-key");
      if (stateFault !== "") alarms.push("state-write-failed");
      const order = pagesBySeq();
      let stored = 0;
      for (let i = 0; i < order.length; i++) stored += accepted[order[i]];
      return {
        epoch: epoch,
        nextSeq: nextSeq,
        watermark: { epoch: wmEpoch, seq: wmSeq },
        unacked: unacked,
        capacity: capacity,
        fill: unacked / capacity,
        alarms: alarms,
        dropped: dropped,
        oldestSeq: order.length === 0 ? 0 : firstAcceptedSeq[order[0]],
        stored: stored,
      };
    },

    read(fromEpoch: number, fromSeq: number, max: number): Uint8Array[] {
      // seq alone orders the log; the epoch only confirms the caller's position (see AuditLog.read).
      const out: Uint8Array[] = [];
      const from = Math.max(1, fromSeq);
      const order = pagesBySeq();
      for (let i = 0; i < order.length && out.length < max; i++) {
        const page = order[i];
        if (lastSeq[page] < from) continue;
        let resume: WalkResume | undefined = undefined;
        if (readCursor !== undefined && readCursor.page === page && readCursor.firstSeq === firstSeq[page] && readCursor.nextSeq <= from) {
          resume = readCursor.resume;
        }
        // The cursor is left where a walk can yield the last record read again: the port reads
        // one record more than it sends and starts its next request there. A read with no record
        // before its own in the walk (a peek at the oldest) leaves an export's cursor alone.
        let previous: Uint8Array | undefined = undefined;
        let previousSlot = 0;
        walkPage(
          context,
          pageStart(page),
          unit,
          (bytes: Uint8Array, slot: number) => {
            const seq = getU32(bytes, 4);
            const before = previous;
            const beforeSlot = previousSlot;
            previous = bytes;
            previousSlot = slot;
            if (seq < from) return true;
            out.push(bytes);
            let here: WalkResume | undefined = resume;
            if (before !== undefined) here = { slot: beforeSlot + 1, prevMac: storedMac(before), lastSeq: getU32(before, 4) };
            if (here !== undefined) readCursor = { page: page, firstSeq: firstSeq[page], nextSeq: seq, resume: here };
            return out.length < max;
          },
          resume,
        );
      }
      if (fromEpoch !== 0 && out.length > 0 && getU32(out[0], 4) === fromSeq && getU16(out[0], 16) !== (fromEpoch & 0xffff)) {
        throw new Error("audit read: seq " + fromSeq + " belongs to epoch " + getU16(out[0], 16) + ", not " + fromEpoch);
      }
      return out;
    },

    acknowledge(ackEpoch: number, seq: number): void {
      if (seq <= wmSeq) return;
      if (seq >= nextSeq) throw new Error("audit ack of seq " + seq + ": the newest record is seq " + (nextSeq - 1));
      const record = storedRecordAt(seq);
      if (record !== undefined && getU16(record, 16) !== (ackEpoch & 0xffff)) {
        throw new Error("audit ack: seq " + seq + " belongs to epoch " + getU16(record, 16) + ", not " + ackEpoch);
      }
      state.set("audit.ackEpoch", ackEpoch);
      state.set("audit.ackSeq", seq);
      wmEpoch = ackEpoch;
      wmSeq = seq;
      if (fillLevel() < alarmLevel) alarmLevel = fillLevel();
    },

    recovery(): RecoveryReport {
      return report;
    },

    takeNotices(): string[] {
      const taken = notices;
      notices = [];
      return taken;
    },
  };

  // ---- what boot found goes into the log itself ----
  alarmLevel = fillLevel();
  if (options.developmentKey) store(internalFields("log-development-key", undefined, "development-key"));
  if (restarted) store(internalFields("log-restarted", nextSeq, undefined));
  if (tornAtTail > 0) store(internalFields("log-torn-record", tornAtTail, undefined));
  if (corrupt > 0) store(internalFields("log-corrupt-record", corrupt, undefined));
  return log;
}
