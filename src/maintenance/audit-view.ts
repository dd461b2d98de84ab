/**
 * The maintenance port's view of the audit log (src/audit/log-api.ts). The log orders records
 * by seq alone; a request names (epoch, seq) so that a host resuming against a log that was
 * wiped and restarted is told so instead of being handed other records under the same seq.
 */
import type { AuditLog } from "../audit/log-api";
import { decodeRecord, RECORD_BYTES } from "../audit/record";
import type { AckResult, LogPage, LogSummary, MaintenanceLog } from "./log-view";
import { ALARM_DEVELOPMENT_KEY, ALARM_FILL_80, ALARM_FILL_95, ALARM_FULL, type Position } from "./messages";

function alarmBits(names: string[]): number {
  let bits = 0;
  for (let i = 0; i < names.length; i++) {
    if (names[i] === "fill-80") bits |= ALARM_FILL_80;
    else if (names[i] === "fill-95") bits |= ALARM_FILL_95;
    else if (names[i] === "full") bits |= ALARM_FULL;
    else if (names[i] === "development-key") bits |= ALARM_DEVELOPMENT_KEY;
  }
  return bits;
}

function positionOf(record: Uint8Array): Position {
  const fields = decodeRecord(record);
  return { epoch: fields.epoch, seq: fields.seq };
}

export function auditLogView(log: AuditLog): MaintenanceLog {
  /** seq 0 is never written (seqs start at 1), so reading from it starts at the oldest record held. */
  function oldestRecord(): Uint8Array | undefined {
    const first = log.read(0, 0, 1);
    return first.length > 0 ? first[0] : undefined;
  }

  return {
    summary(): LogSummary {
      const status = log.status();
      const oldest = oldestRecord();
      return {
        epoch: status.epoch,
        empty: oldest === undefined,
        oldest: oldest === undefined ? { epoch: 0, seq: 0 } : positionOf(oldest),
        nextSeq: status.nextSeq,
        watermark: status.watermark,
        recordSize: RECORD_BYTES,
        capacity: status.capacity,
        unacknowledged: status.unacked,
        alarms: alarmBits(status.alarms),
        dropped: status.dropped,
      };
    },

    page(from: Position | undefined, maxRecords: number): LogPage {
      const oldestBytes = oldestRecord();
      const oldest = oldestBytes === undefined ? { epoch: 0, seq: 0 } : positionOf(oldestBytes);
      const result: LogPage = { gone: false, epochMismatch: false, oldest: oldest, records: [], next: oldest, more: false };
      if (from !== undefined && oldestBytes !== undefined && from.seq < oldest.seq) {
        result.gone = true;
        return result;
      }
      const startSeq = from === undefined ? oldest.seq : from.seq;
      let records: Uint8Array[];
      try {
        // One more than asked, to know whether another page follows.
        records = log.read(from === undefined ? oldest.epoch : from.epoch, startSeq, maxRecords + 1);
      } catch (e) {
        result.epochMismatch = true;
        return result;
      }
      if (from !== undefined && records.length > 0) {
        const first = positionOf(records[0]);
        if (first.seq === from.seq && first.epoch !== (from.epoch & 0xffff)) {
          result.epochMismatch = true;
          return result;
        }
      }
      result.more = records.length > maxRecords;
      if (result.more) {
        // The record after the page names its own epoch, so asking for it next cannot mismatch.
        result.next = positionOf(records[maxRecords]);
        records.splice(maxRecords, 1);
      } else if (records.length > 0) {
        const last = positionOf(records[records.length - 1]);
        result.next = { epoch: last.epoch, seq: last.seq + 1 };
      } else {
        result.next = { epoch: from === undefined ? oldest.epoch : from.epoch, seq: startSeq };
      }
      result.records = records;
      return result;
    },

    acknowledge(upTo: Position): AckResult {
      let problem: AckResult["problem"] = "none";
      if (upTo.seq >= log.status().nextSeq) problem = "beyond-log";
      else {
        try {
          log.acknowledge(upTo.epoch, upTo.seq);
        } catch (e) {
          problem = "epoch-mismatch";
        }
      }
      const status = log.status();
      return { problem: problem, watermark: status.watermark, unacknowledged: status.unacked };
    },
  };
}
