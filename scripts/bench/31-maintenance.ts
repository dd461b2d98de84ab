/**
 * Export speed of the USB maintenance port in wire time: the frames a full export really puts
 * on the line (the port's own code, records as the audit log stores them), turned into records
 * per second at 115,200 baud, 8N1 (10 bits a byte). Device and host processing time excluded.
 */
import { crc32 } from "../../hal/crypto/crc32";
import { encodeRecord, RECORD_BYTES } from "../../src/audit/record";
import { encodeFrame, FRAME_OVERHEAD, FrameReceiver } from "../../src/maintenance/frame";
import type { MaintenanceLog } from "../../src/maintenance/log-view";
import { decodeRecords, encodeExportRequest, RECORDS_HEADER, REQUEST_EXPORT, type Position } from "../../src/maintenance/messages";
import { MAX_PAGE_PAYLOAD, startMaintenancePort } from "../../src/maintenance/port";
import { hostRecordCrypto } from "../logs/verify";

export const title = "Maintenance port: export wire bytes per record and records per second at 115,200 baud";

const BYTES_PER_SECOND = 115_200 / 10;
const RECORDS = 2000;

function memoryLog(records: Uint8Array[]): MaintenanceLog {
  return {
    summary: () => ({
      epoch: 1, empty: false, oldest: { epoch: 1, seq: 1 }, nextSeq: records.length + 1, watermark: { epoch: 0, seq: 0 },
      recordSize: RECORD_BYTES, capacity: records.length, unacknowledged: records.length, alarms: 0, dropped: 0,
    }),
    page: (from, max) => {
      const start = from ? from.seq : 1;
      const page = records.slice(start - 1, start - 1 + max);
      const more = start - 1 + max < records.length;
      return { gone: false, epochMismatch: false, oldest: { epoch: 1, seq: 1 }, records: page, more, next: { epoch: 1, seq: start + page.length } };
    },
    acknowledge: () => ({ problem: "none", watermark: { epoch: 1, seq: 1 }, unacknowledged: 0 }),
  };
}

export function run(): string[] {
  const key = new Uint8Array(32).fill(1);
  const records: Uint8Array[] = [];
  let prev = new Uint8Array(8);
  for (let seq = 1; seq <= RECORDS; seq++) {
    const r = encodeRecord(
      { seq, epoch: 1, time: seq, clockTrusted: true, type: 2, locker: 1, user: undefined, result: 0, reason: 0, credVersion: 1, chainStart: seq === 1 },
      prev, key, hostRecordCrypto,
    );
    prev = r.slice(20, 28);
    records.push(r);
  }
  let deviceToHost = 0;
  let hostToDevice = 0;
  let pages = 0;
  let next: { more: boolean; next: Position } | undefined;
  let received = 0;
  const replies = new FrameReceiver({
    maxPayload: 4096,
    crc32,
    onFrame: (_type, _tag, payload) => {
      const page = decodeRecords(payload);
      received += page.records.length;
      next = { more: page.more, next: page.next };
    },
    onRefused: () => undefined,
  });
  let onData: (data: string) => void = () => undefined;
  startMaintenancePort({
    openSerial: (options) => {
      onData = options.onData;
      return {
        write: (data) => {
          const text = typeof data === "string" ? data : Buffer.from(data).toString("latin1");
          deviceToHost += text.length;
          replies.push(text);
        },
        takeConsole: () => undefined,
        releaseConsole: () => undefined,
      };
    },
    clock: { now: () => 0, setTimeout: () => 0, setInterval: () => 0, clear: () => undefined },
    crc32,
    log: memoryLog(records),
    events: { emit: () => undefined },
    production: true,
    board: "bench",
    firmware: "bench",
  });
  let from: Position | undefined;
  do {
    const request = encodeFrame(REQUEST_EXPORT, 1, encodeExportRequest({ from: from ?? { epoch: 0, seq: 0 }, fromOldest: !from, maxRecords: 255 }), crc32);
    hostToDevice += request.length;
    pages++;
    onData(Buffer.from(request).toString("latin1"));
    from = next!.next;
  } while (next!.more);

  const perPage = Math.floor((MAX_PAGE_PAYLOAD - RECORDS_HEADER) / RECORD_BYTES);
  const replyBytesPerRecord = deviceToHost / received;
  const fullDuplex = BYTES_PER_SECOND / replyBytesPerRecord;
  const oneWayAtATime = BYTES_PER_SECOND / ((deviceToHost + hostToDevice) / received);
  return [
    `record ${RECORD_BYTES} bytes; frame overhead ${FRAME_OVERHEAD} bytes; page header ${RECORDS_HEADER} bytes; up to ${perPage} records per page (payload cap ${MAX_PAGE_PAYLOAD} bytes)`,
    `export of ${received} records: ${pages} pages, ${deviceToHost} bytes device->host, ${hostToDevice} bytes host->device`,
    `wire bytes per record (replies): ${replyBytesPerRecord.toFixed(2)}  (${((RECORD_BYTES / replyBytesPerRecord) * 100).toFixed(1)}% payload efficiency)`,
    `records per second of 115,200-baud wire time: ${fullDuplex.toFixed(0)} (replies only, full duplex); ${oneWayAtATime.toFixed(0)} counting each request's bytes too`,
    `a full virtual-board log (4,826 records) exports in ${(4826 / fullDuplex).toFixed(1)} s of wire time`,
  ];
}
