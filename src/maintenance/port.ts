/**
 * The read-only USB maintenance port (docs/maintenance-protocol.md).
 *
 * A production build takes USB from the JavaScript REPL at start, so nothing typed on USB can
 * run code, and answers only status, export and acknowledge. No request reaches a lock output,
 * the configuration or the credentials: this module is given the log view and nothing else.
 * A development build leaves the REPL on USB; the protocol answers once the REPL is moved off
 * USB (`E.setConsole(null)` typed at it), and a release request gives the REPL back.
 */
import type { Clock, TimerId } from "../../hal/interfaces/clock";
import type { SerialPort, SerialPortName, SerialPortOptions } from "../../hal/interfaces/serial";
import type { EventSink } from "../events";
import { encodeFrame, FrameReceiver, type Crc32, type RefusalReason } from "./frame";
import type { MaintenanceLog } from "./log-view";
import {
  decodeAckRequest,
  decodeExportRequest,
  encodeAckReply,
  encodeError,
  encodeRecordsHeader,
  encodeStatus,
  ERROR_ACK_BEYOND_LOG,
  ERROR_BAD_REQUEST,
  ERROR_EPOCH_MISMATCH,
  ERROR_INTERNAL,
  ERROR_NOT_ALLOWED,
  ERROR_RANGE_GONE,
  formatPosition,
  MAX_REQUEST_PAYLOAD,
  PROTOCOL_VERSION,
  RECORDS_HEADER,
  REPLY_ACK,
  REPLY_CONSOLE_RELEASED,
  REPLY_ERROR,
  REPLY_RECORDS,
  REPLY_STATUS,
  REQUEST_ACK,
  REQUEST_EXPORT,
  REQUEST_RELEASE_CONSOLE,
  REQUEST_STATUS,
  type Position,
} from "./messages";

/** A sender silent this long mid-frame has given up; its bytes are dropped. */
export const PARTIAL_FRAME_TIMEOUT_MS = 1000;
/**
 * At most one refusal event per interval, so junk on the port cannot fill the audit log. While
 * the junk goes on the interval doubles at each event, up to a day (a minute each would be
 * 1,440 records a day); a quiet spell as long as the current interval starts again at one minute.
 */
export const REFUSAL_EVENT_INTERVAL_MS = 60000;
export const REFUSAL_EVENT_MAX_INTERVAL_MS = 24 * 3600 * 1000;
/** Keeps one reply within what Espruino's USB output buffer takes without stalling. */
export const MAX_PAGE_PAYLOAD = 512;

export interface MaintenancePortOptions {
  openSerial: (options: SerialPortOptions) => SerialPort;
  /** The laptop-facing port: "USB", or "Serial1" where a USB-UART chip sits on it (ESP32). Default "USB". */
  port?: SerialPortName;
  clock: Clock;
  crc32: Crc32;
  log: MaintenanceLog;
  events: EventSink;
  production: boolean;
  board: string;
  firmware: string;
}

export interface MaintenancePort {
  /** Frames and junk runs refused since start. */
  refusedFrames(): number;
}

export function startMaintenancePort(options: MaintenancePortOptions): MaintenancePort {
  const clock = options.clock;
  let refused = 0;
  let refusedSinceEvent = 0;
  let lastRefusalEventAt = 0;
  let lastRefusalAt = 0;
  /** Refusal events since the junk began. */
  let burstEvents = 0;
  let partialTimer: TimerId | undefined;
  let serial: SerialPort | undefined;

  function send(type: number, tag: number, payload: Uint8Array): void {
    if (serial !== undefined) serial.write(encodeFrame(type, tag, payload, options.crc32));
  }

  function sendError(tag: number, code: number, oldest: Position, message: string): void {
    send(REPLY_ERROR, tag, encodeError(code, oldest, message));
  }

  function refusalInterval(): number {
    let interval = REFUSAL_EVENT_INTERVAL_MS;
    for (let i = 1; i < burstEvents && interval < REFUSAL_EVENT_MAX_INTERVAL_MS; i++) interval *= 2;
    return interval < REFUSAL_EVENT_MAX_INTERVAL_MS ? interval : REFUSAL_EVENT_MAX_INTERVAL_MS;
  }

  function noteRefusal(reason: string): void {
    refused++;
    refusedSinceEvent++;
    const now = clock.now();
    if (now - lastRefusalAt >= refusalInterval()) burstEvents = 0;
    lastRefusalAt = now;
    if (burstEvents > 0 && now - lastRefusalEventAt < refusalInterval()) return;
    lastRefusalEventAt = now;
    burstEvents++;
    options.events.emit({
      t: Math.round(now),
      type: "maintenance-refused",
      reason: reason,
      detail: refusedSinceEvent + " refused since last report",
    });
    refusedSinceEvent = 0;
  }

  function replyStatus(tag: number): void {
    const s = options.log.summary();
    const fill = s.capacity > 0 ? Math.floor((s.unacknowledged * 100) / s.capacity) : 0;
    send(
      REPLY_STATUS,
      tag,
      encodeStatus({
        protocolVersion: PROTOCOL_VERSION,
        production: options.production,
        empty: s.empty,
        epoch: s.epoch,
        oldest: s.oldest,
        nextSeq: s.nextSeq,
        watermark: s.watermark,
        recordSize: s.recordSize,
        capacity: s.capacity,
        unacknowledged: s.unacknowledged,
        fillPercent: fill > 100 ? 100 : fill,
        alarms: s.alarms,
        dropped: s.dropped,
        refusedFrames: refused,
        board: options.board,
        firmware: options.firmware,
      }),
    );
  }

  function replyRecords(tag: number, payload: Uint8Array): void {
    const request = decodeExportRequest(payload);
    if (request === undefined) {
      noteRefusal("bad-request");
      sendError(tag, ERROR_BAD_REQUEST, { epoch: 0, seq: 0 }, "export request must be 10 bytes");
      return;
    }
    const recordSize = options.log.summary().recordSize;
    const fit = Math.floor((MAX_PAGE_PAYLOAD - RECORDS_HEADER) / recordSize);
    let max = request.maxRecords < fit ? request.maxRecords : fit;
    if (max < 1) max = 1;
    const page = options.log.page(request.fromOldest ? undefined : request.from, max);
    if (page.epochMismatch) {
      sendError(tag, ERROR_EPOCH_MISMATCH, page.oldest, "epoch-mismatch: seq " + request.from.seq + " was not written in epoch " + request.from.epoch);
      return;
    }
    if (page.gone) {
      sendError(
        tag,
        ERROR_RANGE_GONE,
        page.oldest,
        "range-gone, oldest is " + formatPosition(page.oldest) + ", asked for " + formatPosition(request.from),
      );
      return;
    }
    const header = encodeRecordsHeader(page.records.length, page.more, page.next, recordSize);
    const out = new Uint8Array(RECORDS_HEADER + page.records.length * recordSize);
    out.set(header, 0);
    for (let i = 0; i < page.records.length; i++) out.set(page.records[i], RECORDS_HEADER + i * recordSize);
    send(REPLY_RECORDS, tag, out);
  }

  function replyAck(tag: number, payload: Uint8Array): void {
    const upTo = decodeAckRequest(payload);
    if (upTo === undefined) {
      noteRefusal("bad-request");
      sendError(tag, ERROR_BAD_REQUEST, { epoch: 0, seq: 0 }, "ack request must be 8 bytes");
      return;
    }
    const result = options.log.acknowledge(upTo);
    if (result.problem === "beyond-log") {
      sendError(tag, ERROR_ACK_BEYOND_LOG, result.watermark, "ack-beyond-log: no record " + formatPosition(upTo));
      return;
    }
    if (result.problem === "epoch-mismatch") {
      sendError(tag, ERROR_EPOCH_MISMATCH, result.watermark, "epoch-mismatch: seq " + upTo.seq + " was not written in epoch " + upTo.epoch);
      return;
    }
    send(REPLY_ACK, tag, encodeAckReply({ watermark: result.watermark, unacknowledged: result.unacknowledged }));
  }

  function releaseConsole(tag: number): void {
    if (options.production) {
      noteRefusal("not-allowed");
      sendError(tag, ERROR_NOT_ALLOWED, { epoch: 0, seq: 0 }, "not-allowed: production build keeps USB read-only");
      return;
    }
    send(REPLY_CONSOLE_RELEASED, tag, new Uint8Array(0));
    if (serial !== undefined) serial.releaseConsole();
  }

  function onFrame(type: number, tag: number, payload: Uint8Array): void {
    try {
      if (type === REQUEST_STATUS) replyStatus(tag);
      else if (type === REQUEST_EXPORT) replyRecords(tag, payload);
      else if (type === REQUEST_ACK) replyAck(tag, payload);
      else if (type === REQUEST_RELEASE_CONSOLE) releaseConsole(tag);
      else {
        noteRefusal("not-allowed");
        sendError(tag, ERROR_NOT_ALLOWED, { epoch: 0, seq: 0 }, "not-allowed: read-only port, request type " + type);
      }
    } catch (e) {
      sendError(tag, ERROR_INTERNAL, { epoch: 0, seq: 0 }, "internal: " + String(e));
    }
  }

  const receiver = new FrameReceiver({
    maxPayload: MAX_REQUEST_PAYLOAD,
    crc32: options.crc32,
    onFrame: onFrame,
    onRefused: (reason: RefusalReason) => noteRefusal(reason),
  });

  function onData(data: string): void {
    receiver.push(data);
    if (partialTimer !== undefined) clock.clear(partialTimer);
    partialTimer = undefined;
    if (receiver.buffered > 0) {
      partialTimer = clock.setTimeout(() => {
        partialTimer = undefined;
        receiver.discardPartial();
      }, PARTIAL_FRAME_TIMEOUT_MS);
    }
  }

  serial = options.openSerial({ port: options.port === undefined ? "USB" : options.port, baud: 115200, onData: onData });
  if (options.production) serial.takeConsole();

  return {
    refusedFrames: () => refused,
  };
}
