import { expect } from "chai";
import { crc32 } from "../../hal/crypto/crc32";
import type { Hal } from "../../hal/interfaces/hal";
import type { SerialPortOptions } from "../../hal/interfaces/serial";
import { startBoardMaintenance } from "../../src/maintenance/board-maintenance";
import { encodeFrame, FrameReceiver } from "../../src/maintenance/frame";
import { ALARM_NAMES, decodeStatus, REPLY_STATUS, REQUEST_STATUS } from "../../src/maintenance/messages";
import { ManualClock } from "./support/port-harness";

/**
 * When the audit log cannot open, the board still serves and every event it would have logged
 * is lost. Staff reading the port must be told so, not shown an empty, alarm-free log that looks
 * like a board nothing happened to.
 */
describe("maintenance port without an audit log", () => {
  it("answers status with the log-unavailable alarm", () => {
    let onData: ((data: string) => void) | undefined;
    const replies: Uint8Array[] = [];
    const receiver = new FrameReceiver({
      maxPayload: 4096,
      crc32,
      onFrame: (type, _tag, payload) => {
        if (type === REPLY_STATUS) replies.push(new Uint8Array(payload));
      },
      onRefused: () => undefined,
    });
    const hal = {
      board: { id: "virtual", transports: { usb: true } },
      clock: new ManualClock(),
      crypto: { crc32 },
      serialPort: (options: SerialPortOptions) => {
        onData = options.onData;
        return {
          write: (data: Uint8Array | string) => receiver.push(typeof data === "string" ? data : String.fromCharCode(...data)),
          takeConsole: () => undefined,
          releaseConsole: () => undefined,
        };
      },
    } as unknown as Hal;
    startBoardMaintenance({ hal, audit: undefined, events: { emit: () => undefined }, production: true, firmware: "test" });
    onData!(String.fromCharCode(...encodeFrame(REQUEST_STATUS, 1, new Uint8Array(0), crc32)));
    expect(replies).to.have.length(1);
    const status = decodeStatus(replies[0]);
    const names = ALARM_NAMES.filter((_, i) => (status.alarms & (1 << i)) !== 0);
    expect(names).to.include("log-unavailable");
  });
});
