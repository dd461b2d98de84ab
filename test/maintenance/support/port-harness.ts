/**
 * The maintenance port on the host with fakes: a serial port that records what the firmware
 * writes, a manual clock, collected events. `request` sends one frame and returns the replies.
 */
import { crc32 } from "../../../hal/crypto/crc32";
import type { Clock } from "../../../hal/interfaces/clock";
import type { SerialPort, SerialPortOptions } from "../../../hal/interfaces/serial";
import type { FirmwareEvent } from "../../../src/events";
import { auditLogView } from "../../../src/maintenance/audit-view";
import { encodeFrame, FrameReceiver } from "../../../src/maintenance/frame";
import { startMaintenancePort, type MaintenancePort } from "../../../src/maintenance/port";
import { FakeAuditLog } from "./fake-audit-log";

export interface Reply {
  type: number;
  tag: number;
  payload: Uint8Array;
}

export class ManualClock implements Clock {
  nowMs = 0;
  private timers: Array<{ id: number; at: number; fn: () => void }> = [];
  private nextId = 1;
  now(): number {
    return this.nowMs;
  }
  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.push({ id, at: this.nowMs + ms, fn });
    return id;
  }
  setInterval(): number {
    throw new Error("not used by the maintenance port");
  }
  clear(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }
  advance(ms: number): void {
    const end = this.nowMs + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.clear(due.id);
      this.nowMs = due.at;
      due.fn();
    }
    this.nowMs = end;
  }
}

export class PortHarness {
  readonly clock = new ManualClock();
  readonly events: FirmwareEvent[] = [];
  readonly replies: Reply[] = [];
  consoleTaken = false;
  consoleReleased = false;
  readonly port: MaintenancePort;
  private onData: ((data: string) => void) | undefined;
  private readonly replyReceiver = new FrameReceiver({
    maxPayload: 4096,
    crc32,
    onFrame: (type, tag, payload) => this.replies.push({ type, tag, payload: new Uint8Array(payload) }),
    onRefused: (reason) => {
      throw new Error(`the port sent a bad frame (${reason})`);
    },
  });

  constructor(
    readonly log = new FakeAuditLog().fill(20),
    opts: { production?: boolean } = {},
  ) {
    this.port = startMaintenancePort({
      openSerial: (options: SerialPortOptions): SerialPort => {
        this.onData = options.onData;
        return {
          write: (data) => this.replyReceiver.push(typeof data === "string" ? data : String.fromCharCode(...data)),
          takeConsole: () => {
            this.consoleTaken = true;
          },
          releaseConsole: () => {
            this.consoleReleased = true;
          },
        };
      },
      clock: this.clock,
      crc32,
      log: auditLogView(log),
      events: { emit: (e) => this.events.push(e) },
      production: opts.production ?? true,
      board: "virtual",
      firmware: "0.1.0",
    });
  }

  sendBytes(bytes: Uint8Array | string): void {
    this.onData!(typeof bytes === "string" ? bytes : String.fromCharCode(...bytes));
  }

  /** Sends one request frame; returns the replies it caused. */
  request(type: number, payload: Uint8Array = new Uint8Array(0), tag = 9): Reply[] {
    const before = this.replies.length;
    this.sendBytes(encodeFrame(type, tag, payload, crc32));
    return this.replies.slice(before);
  }
}
