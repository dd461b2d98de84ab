/**
 * Reads one erase unit of the log and decides, slot by slot, what is a record the device
 * accepts. Recovery and export both go through here, so what boot counts and what the port
 * exports never disagree.
 *
 * A record is accepted only when its structure is committed (commit word complete, check right),
 * its seq is above every record accepted before it in the page, and its MAC chains to the page
 * header's anchor or to the record before it. When a committed record fails, the next one may
 * still chain to the failed one's stored MAC (only its fields were damaged): both are tried.
 */
import type { FlashPages } from "../../hal/interfaces/flash";
import {
  decodePageHeader,
  getU32,
  pageHeaderMacValid,
  RECORD_BYTES,
  recordMacValid,
  slotState,
  storedMac,
  type RecordCrypto,
} from "./record";

export interface PageWalkContext {
  flash: FlashPages;
  key: Uint8Array;
  crypto: RecordCrypto;
  /** Slots to read at once (a multiple of records): fewer flash reads, bounded RAM. */
  chunkSlots: number;
}

export interface PageSummary {
  headerValid: boolean;
  firstSeq: number;
  headerEpoch: number;
  anchor: Uint8Array | undefined;
  accepted: number;
  /** seq of the first / last accepted record (0 when none). */
  firstAcceptedSeq: number;
  lastSeq: number;
  lastMac: Uint8Array | undefined;
  /** Slot of the last accepted record (0 when none). */
  lastAcceptedSlot: number;
  /** One past the last slot that is not blank: where the next record would go. */
  nextFreeSlot: number;
  /** Uncommitted slots after the last accepted record (the interrupted write of the last cut). */
  tornAtTail: number;
  /** Uncommitted slots before it (reported when they were the tail). */
  tornInside: number;
  /** Committed slots whose MAC or order is wrong. */
  corrupt: number;
  /** Of those, the ones after the last accepted record: seqs that were used and must not be reused. */
  corruptAtTail: number;
  /**
   * The highest seq any non-blank slot may have used, authenticated or not: a record's or torn
   * slot's seq field, a header's first seq minus one. Garbage can make it anything, so the
   * caller bounds it (seenLimit: values at or above it are ignored) before trusting it.
   */
  highestSeqSeen: number;
}

/** Called for every accepted record, in order; return false to stop the walk. */
export type AcceptedRecordVisitor = (bytes: Uint8Array, slot: number) => boolean;

/** Where an earlier walk of the same page stopped (so an export does not re-verify from slot 1). */
export interface WalkResume {
  slot: number;
  prevMac: Uint8Array;
  lastSeq: number;
}

export function walkPage(
  context: PageWalkContext,
  pageStart: number,
  pageSize: number,
  visit: AcceptedRecordVisitor | undefined,
  resume: WalkResume | undefined,
  seenLimit?: number,
): PageSummary {
  const slots = pageSize / RECORD_BYTES;
  const summary: PageSummary = {
    headerValid: false,
    firstSeq: 0,
    headerEpoch: 0,
    anchor: undefined,
    accepted: 0,
    firstAcceptedSeq: 0,
    lastSeq: 0,
    lastMac: undefined,
    lastAcceptedSlot: 0,
    nextFreeSlot: 0,
    tornAtTail: 0,
    tornInside: 0,
    corrupt: 0,
    corruptAtTail: 0,
    highestSeqSeen: 0,
  };
  let prevMac: Uint8Array | undefined = undefined;
  let alternativeMac: Uint8Array | undefined = undefined;
  let lastSeq = 0;
  let tornSinceAccepted = 0;
  let stopped = false;
  const chunk = Math.max(1, context.chunkSlots);
  let startSlot = 0;
  if (resume !== undefined) {
    summary.headerValid = true;
    prevMac = resume.prevMac;
    lastSeq = resume.lastSeq;
    startSlot = resume.slot;
  }
  for (let first = startSlot; first < slots && !stopped; first += chunk) {
    const count = Math.min(chunk, slots - first);
    const block = context.flash.read(pageStart + first * RECORD_BYTES, count * RECORD_BYTES);
    for (let i = 0; i < count && !stopped; i++) {
      const slot = first + i;
      const bytes = block.subarray(i * RECORD_BYTES, (i + 1) * RECORD_BYTES);
      const state = slotState(bytes, context.crypto);
      if (state !== "blank") {
        summary.nextFreeSlot = slot + 1;
        const seen = slot === 0 ? getU32(bytes, 4) - 1 : getU32(bytes, 4);
        if (seen > summary.highestSeqSeen && (seenLimit === undefined || seen < seenLimit)) summary.highestSeqSeen = seen;
      }
      if (slot === 0) {
        if (state === "header" && pageHeaderMacValid(bytes, context.key, context.crypto)) {
          const header = decodePageHeader(bytes);
          summary.headerValid = true;
          summary.firstSeq = header.firstSeq;
          summary.headerEpoch = header.epoch;
          summary.anchor = header.anchor;
          prevMac = header.anchor;
          lastSeq = header.firstSeq - 1;
        }
        continue;
      }
      if (!summary.headerValid || prevMac === undefined) {
        // Records in a page without a valid header are never trusted: their chain has no anchor.
        if (state !== "blank") summary.corrupt++;
        continue;
      }
      if (state === "blank") continue;
      if (state !== "record") {
        tornSinceAccepted++;
        continue;
      }
      const seq = getU32(bytes, 4);
      const chained =
        seq > lastSeq &&
        (recordMacValid(bytes, prevMac, context.key, context.crypto) ||
          (alternativeMac !== undefined && recordMacValid(bytes, alternativeMac, context.key, context.crypto)));
      if (!chained) {
        summary.corrupt++;
        summary.corruptAtTail++;
        alternativeMac = storedMac(bytes);
        continue;
      }
      summary.tornInside += tornSinceAccepted;
      tornSinceAccepted = 0;
      summary.corruptAtTail = 0;
      prevMac = storedMac(bytes);
      alternativeMac = undefined;
      lastSeq = seq;
      if (summary.accepted === 0) summary.firstAcceptedSeq = seq;
      summary.accepted++;
      summary.lastSeq = seq;
      summary.lastMac = prevMac;
      summary.lastAcceptedSlot = slot;
      if (visit !== undefined && !visit(new Uint8Array(bytes), slot)) stopped = true;
    }
  }
  summary.tornAtTail = tornSinceAccepted;
  return summary;
}
