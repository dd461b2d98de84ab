/**
 * Reads the audit log page by page, from a given record, from where the last read stopped, or
 * from the oldest record the device still holds.
 */
import { getU32, RECORD_BYTES } from "../../src/audit/record";
import type { Position, StatusReply } from "../../src/maintenance/messages";
import { DeviceError, type MaintenanceClient } from "./client";

export interface ResumePoint {
  epoch: number;
  seq: number;
  /** Hex of the MAC of that record, to prove the device still holds the same log. */
  mac: string;
}

export class ResumeMismatchError extends Error {}

export interface ReadResult {
  status: StatusReply;
  /** Records back to back, as the device sent them (the resume record itself left out). */
  bytes: Uint8Array;
  /** The record this read continues from, when resuming. */
  anchor: { seq: number; mac: Uint8Array } | undefined;
  announcedNewestSeq: number | undefined;
}

export interface ReadOptions {
  /** Start at this record (inclusive); "oldest" for everything held; undefined: resume or oldest. */
  from?: Position | "oldest";
  resume?: ResumePoint;
  pageSize?: number;
  onProgress?: (read: number, expected: number) => void;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

export async function readLog(client: MaintenanceClient, opts: ReadOptions): Promise<ReadResult> {
  const status = await client.status();
  const announcedNewestSeq = status.empty ? undefined : status.nextSeq - 1;
  const pageSize = opts.pageSize ?? 255;
  let anchor: ReadResult["anchor"];
  let from: Position | undefined;
  let skipFirst = false;
  if (opts.from === "oldest") from = undefined;
  else if (opts.from) from = opts.from;
  else if (opts.resume) {
    // Ask for the last record already read: the device proves it is the same log by its MAC.
    from = { epoch: opts.resume.epoch, seq: opts.resume.seq };
    anchor = { seq: opts.resume.seq, mac: new Uint8Array(Buffer.from(opts.resume.mac, "hex")) };
    skipFirst = true;
  }

  const chunks: Uint8Array[] = [];
  let received = 0;
  const startSeq = from ? from.seq : status.oldest.seq;
  const expected = announcedNewestSeq === undefined ? 0 : Math.max(0, announcedNewestSeq - startSeq + 1);
  for (;;) {
    let page;
    try {
      page = await client.page(from, pageSize);
    } catch (error) {
      if (skipFirst && error instanceof DeviceError && error.code === "range-gone" && error.reply.oldest.seq === opts.resume!.seq + 1) {
        // The resume record itself was reclaimed, but nothing after it: carry on from the oldest.
        skipFirst = false;
        from = undefined;
        continue;
      }
      if (skipFirst && error instanceof DeviceError && error.code === "epoch-mismatch") {
        throw new ResumeMismatchError(
          `the device's seq ${opts.resume!.seq} is not the record this tool read last (epoch ${opts.resume!.epoch}): another device, or its log was wiped`,
        );
      }
      throw error;
    }
    let records = page.records;
    if (skipFirst && records.length === 0) {
      // seq never repeats, so a log that has not reached the record read last is another one.
      throw new ResumeMismatchError(
        `the device's log ends before seq ${opts.resume!.seq}, the record this tool read last (epoch ${opts.resume!.epoch}): another device, or its log was wiped`,
      );
    }
    if (skipFirst && records.length > 0) {
      skipFirst = false;
      const first = records[0];
      if (getU32(first, 4) !== opts.resume!.seq || hex(first.subarray(20, 28)) !== opts.resume!.mac) {
        throw new ResumeMismatchError(
          `the device's record seq ${opts.resume!.seq} is not the one this tool read last (its MAC differs): another device, or its log was wiped`,
        );
      }
      records = records.slice(1);
    }
    for (const r of records) chunks.push(r);
    received += records.length;
    opts.onProgress?.(received, Math.max(expected, received));
    if (!page.more || page.records.length === 0) break;
    from = page.next;
  }
  const bytes = new Uint8Array(chunks.length * RECORD_BYTES);
  chunks.forEach((c, i) => bytes.set(c, i * RECORD_BYTES));
  return { status, bytes, anchor, announcedNewestSeq };
}
