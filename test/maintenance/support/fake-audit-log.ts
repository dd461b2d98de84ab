/**
 * An in-memory AuditLog with the semantics src/audit/log-api.ts documents (seq from 1, read from
 * the oldest when asked for less, epoch checked, watermark only rises), so the maintenance port
 * can be tested without flash. `reclaim` drops the oldest records as the ring would.
 */
import type { AuditLog, AuditLogStatus } from "../../../src/audit/log-api";
import { decodeRecord, encodeRecord } from "../../../src/audit/record";
import { EVENT_TYPES } from "../../../src/event-types";
import type { FirmwareEvent } from "../../../src/events";
import { hostRecordCrypto } from "../../../scripts/logs/verify";

export const FAKE_KEY = new Uint8Array(32).fill(7);

export class FakeAuditLog implements AuditLog {
  records: Uint8Array[] = [];
  nextSeq = 1;
  watermark = { epoch: 0, seq: 0 };
  acknowledgements = 0;
  private prevMac = new Uint8Array(8);

  constructor(
    public epoch = 1,
    readonly capacity = 1000,
  ) {}

  append(event: FirmwareEvent): void {
    const type = EVENT_TYPES.indexOf(event.type as (typeof EVENT_TYPES)[number]);
    const bytes = encodeRecord(
      {
        seq: this.nextSeq,
        epoch: this.epoch,
        time: Math.floor(event.t / 1000),
        clockTrusted: false,
        type: type < 0 ? 0 : type,
        locker: event.locker ?? 0,
        user: event.user,
        result: 0,
        reason: 0,
        credVersion: 0,
        chainStart: this.nextSeq === 1,
      },
      this.prevMac,
      FAKE_KEY,
      hostRecordCrypto,
    );
    this.prevMac = bytes.slice(20, 28);
    this.records.push(bytes);
    this.nextSeq++;
  }

  fill(count: number): this {
    for (let i = 0; i < count; i++) this.append({ t: i * 1000, type: i % 2 ? "door-opened" : "door-closed", locker: 1 + (i % 4) });
    return this;
  }

  reclaim(count: number): void {
    this.records.splice(0, count);
  }

  status(): AuditLogStatus {
    const unacked = this.records.filter((r) => decodeRecord(r).seq > this.watermark.seq).length;
    return {
      epoch: this.epoch,
      nextSeq: this.nextSeq,
      watermark: { ...this.watermark },
      unacked,
      capacity: this.capacity,
      fill: unacked / this.capacity,
      alarms: unacked >= this.capacity * 0.8 ? ["fill-80"] : [],
      dropped: 0,
      oldestSeq: this.records.length > 0 ? decodeRecord(this.records[0]).seq : 0,
      stored: this.records.length,
    };
  }

  read(fromEpoch: number, fromSeq: number, max: number): Uint8Array[] {
    const at = this.records.findIndex((r) => decodeRecord(r).seq >= fromSeq);
    if (at < 0) return [];
    const first = decodeRecord(this.records[at]);
    if (first.seq === fromSeq && first.epoch !== (fromEpoch & 0xffff)) throw new Error("epoch mismatch at seq " + fromSeq);
    return this.records.slice(at, at + max).map((r) => r.slice());
  }

  acknowledge(epoch: number, seq: number): void {
    const record = this.records.find((r) => decodeRecord(r).seq === seq);
    if (seq >= this.nextSeq || (record && decodeRecord(record).epoch !== (epoch & 0xffff))) throw new Error("bad ack");
    this.acknowledgements++;
    if (seq > this.watermark.seq) this.watermark = { epoch, seq };
  }
}
