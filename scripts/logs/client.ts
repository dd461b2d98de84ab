/**
 * Host side of the maintenance protocol: one request at a time, each with its own tag; replies
 * with another tag (late answers to a retried request) are ignored. A request that gets no
 * answer is sent again, since a frame lost to line noise is simply refused by the device.
 */
import { crc32 } from "../../hal/crypto/crc32";
import { encodeFrame, FrameReceiver } from "../../src/maintenance/frame";
import {
  decodeAckReply,
  decodeError,
  decodeRecords,
  decodeStatus,
  encodeAckRequest,
  encodeExportRequest,
  ERROR_NAMES,
  REPLY_ACK,
  REPLY_CONSOLE_RELEASED,
  REPLY_ERROR,
  REPLY_RECORDS,
  REPLY_STATUS,
  REQUEST_ACK,
  REQUEST_EXPORT,
  REQUEST_RELEASE_CONSOLE,
  REQUEST_STATUS,
  type AckReply,
  type ErrorReply,
  type Position,
  type RecordsReply,
  type StatusReply,
} from "../../src/maintenance/messages";
import type { ByteLink } from "./link";

/** Replies carry at most a page of records (512 bytes) plus headers; leave room for growth. */
const MAX_REPLY_PAYLOAD = 4096;

export class DeviceError extends Error {
  constructor(readonly reply: ErrorReply) {
    super(reply.message || ERROR_NAMES[reply.code] || `device error ${reply.code}`);
  }

  get code(): string {
    return ERROR_NAMES[this.reply.code] ?? `error-${this.reply.code}`;
  }
}

export class NoAnswerError extends Error {}

export interface ClientOptions {
  /** Per attempt. */
  timeoutMs?: number;
  attempts?: number;
}

interface Waiting {
  tag: number;
  resolve: (reply: { type: number; payload: Uint8Array }) => void;
}

export class MaintenanceClient {
  private nextTag = 1;
  private waiting: Waiting | undefined;
  private readonly receiver: FrameReceiver;
  private readonly timeoutMs: number;
  private readonly attempts: number;

  constructor(
    private readonly link: ByteLink,
    options: ClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.attempts = options.attempts ?? 3;
    this.receiver = new FrameReceiver({
      maxPayload: MAX_REPLY_PAYLOAD,
      crc32,
      onFrame: (type, tag, payload) => {
        const waiting = this.waiting;
        if (!waiting || waiting.tag !== tag) return;
        this.waiting = undefined;
        waiting.resolve({ type, payload: new Uint8Array(payload) });
      },
      // Junk before a reply (a REPL prompt, line noise) is expected on a shared line.
      onRefused: () => undefined,
    });
    link.onData((data) => this.receiver.push(data.toString("latin1")));
  }

  async status(): Promise<StatusReply> {
    return decodeStatus(await this.expect(REQUEST_STATUS, new Uint8Array(0), REPLY_STATUS));
  }

  async page(from: Position | undefined, maxRecords: number): Promise<RecordsReply> {
    const payload = encodeExportRequest({ from: from ?? { epoch: 0, seq: 0 }, fromOldest: from === undefined, maxRecords });
    return decodeRecords(await this.expect(REQUEST_EXPORT, payload, REPLY_RECORDS));
  }

  async acknowledge(upTo: Position): Promise<AckReply> {
    return decodeAckReply(await this.expect(REQUEST_ACK, encodeAckRequest(upTo), REPLY_ACK));
  }

  async releaseConsole(): Promise<void> {
    await this.expect(REQUEST_RELEASE_CONSOLE, new Uint8Array(0), REPLY_CONSOLE_RELEASED);
  }

  private async expect(type: number, payload: Uint8Array, replyType: number): Promise<Uint8Array> {
    const reply = await this.request(type, payload);
    if (reply.type === REPLY_ERROR) throw new DeviceError(decodeError(reply.payload));
    if (reply.type !== replyType) throw new Error(`unexpected reply type 0x${reply.type.toString(16)} to request 0x${type.toString(16)}`);
    return reply.payload;
  }

  private async request(type: number, payload: Uint8Array): Promise<{ type: number; payload: Uint8Array }> {
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const tag = this.nextTag;
      this.nextTag = (this.nextTag % 255) + 1;
      const reply = await new Promise<{ type: number; payload: Uint8Array } | undefined>((resolve) => {
        const timer = setTimeout(() => {
          this.waiting = undefined;
          resolve(undefined);
        }, this.timeoutMs);
        this.waiting = {
          tag,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        this.link.write(encodeFrame(type, tag, payload, crc32));
      });
      if (reply) return reply;
    }
    throw new NoAnswerError(
      `no answer from the board after ${this.attempts} tries: is it a production build with the maintenance port on this port?`,
    );
  }
}
