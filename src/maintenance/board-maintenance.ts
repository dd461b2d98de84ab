/**
 * One call from the composition root: the maintenance port on the board's laptop-facing serial
 * port (USB, or Serial1 behind an ESP32's USB-UART chip), over the audit log. A production
 * build takes the REPL off that port even when the log could not open: the port then reports
 * an empty log with the log-unavailable alarm rather than leaving JavaScript reachable.
 */
import type { Hal } from "../../hal/interfaces/hal";
import type { AuditLog } from "../audit/log-api";
import type { EventSink } from "../events";
import { auditLogView } from "./audit-view";
import type { MaintenanceLog } from "./log-view";
import { ALARM_LOG_UNAVAILABLE } from "./messages";
import { startMaintenancePort, type MaintenancePort } from "./port";

function unavailableLog(): MaintenanceLog {
  const nowhere = { epoch: 0, seq: 0 };
  return {
    summary: () => ({
      epoch: 0,
      empty: true,
      oldest: nowhere,
      nextSeq: 0,
      watermark: nowhere,
      recordSize: 32,
      capacity: 0,
      unacknowledged: 0,
      alarms: ALARM_LOG_UNAVAILABLE,
      dropped: 0,
    }),
    page: () => ({ gone: false, epochMismatch: false, oldest: nowhere, records: [], next: nowhere, more: false }),
    acknowledge: () => ({ problem: "beyond-log", watermark: nowhere, unacknowledged: 0 }),
  };
}

export interface BoardMaintenanceOptions {
  hal: Hal;
  audit: AuditLog | undefined;
  events: EventSink;
  production: boolean;
  firmware: string;
}

export function startBoardMaintenance(options: BoardMaintenanceOptions): MaintenancePort {
  const hal = options.hal;
  return startMaintenancePort({
    openSerial: hal.serialPort,
    port: hal.board.transports.usb ? "USB" : "Serial1",
    clock: hal.clock,
    crc32: hal.crypto.crc32,
    log: options.audit === undefined ? unavailableLog() : auditLogView(options.audit),
    events: options.events,
    production: options.production,
    board: hal.board.id,
    firmware: options.firmware,
  });
}
