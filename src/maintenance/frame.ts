/**
 * Framing of the USB maintenance protocol (docs/maintenance-protocol.md), shared by the firmware
 * and the host tool so both sides agree byte for byte.
 *
 *   0xA5 | type | tag | length (u16 LE) | payload | CRC-32 (u32 LE) of type..payload
 *
 * There is no byte stuffing: the receiver hunts for 0xA5, and a header whose length is out of
 * range or a frame whose CRC fails is refused and the hunt restarts at the byte after that 0xA5,
 * so a real frame hidden behind garbage is still found.
 */

export const FRAME_START = 0xa5;
/** Bytes a frame adds around its payload: start, type, tag, length (2), CRC (4). */
export const FRAME_OVERHEAD = 9;
const HEADER_BYTES = 5;

export type Crc32 = (bytes: Uint8Array) => number;

export function encodeFrame(type: number, tag: number, payload: Uint8Array, crc32: Crc32): Uint8Array {
  const frame = new Uint8Array(FRAME_OVERHEAD + payload.length);
  frame[0] = FRAME_START;
  frame[1] = type & 0xff;
  frame[2] = tag & 0xff;
  frame[3] = payload.length & 0xff;
  frame[4] = (payload.length >> 8) & 0xff;
  frame.set(payload, HEADER_BYTES);
  const crc = crc32(frame.subarray(1, HEADER_BYTES + payload.length));
  writeU32(frame, HEADER_BYTES + payload.length, crc);
  return frame;
}

export function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

export function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

export function writeU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >> 8) & 0xff;
}

export function readU16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

export type RefusalReason = "bad-length" | "bad-crc" | "junk";

export interface FrameReceiverOptions {
  /** Longest payload this side accepts; a longer declared length is refused at once. */
  maxPayload: number;
  crc32: Crc32;
  onFrame: (type: number, tag: number, payload: Uint8Array) => void;
  /** Junk is reported once per run of bytes skipped while hunting for a start byte. */
  onRefused: (reason: RefusalReason, bytes: number) => void;
}

/**
 * Reassembles frames from bytes arriving in arbitrary pieces. Received bytes are kept as a
 * string of char codes, the form Espruino's on("data") delivers, and never grow past one frame.
 */
export class FrameReceiver {
  private pending = "";
  private readonly startChar = String.fromCharCode(FRAME_START);

  constructor(private readonly options: FrameReceiverOptions) {}

  /** Bytes held for a frame not yet complete. */
  get buffered(): number {
    return this.pending.length;
  }

  push(data: string): void {
    this.pending += data;
    this.drain();
  }

  /** Drops a partial frame (the sender went quiet); its bytes are refused as junk. */
  discardPartial(): void {
    if (this.pending.length === 0) return;
    const held = this.pending;
    this.pending = "";
    this.options.onRefused("junk", held.length);
    // A start byte inside the abandoned bytes may begin a real frame that is still arriving.
    const restart = held.indexOf(this.startChar, 1);
    if (restart > 0) this.push(held.substring(restart));
  }

  private drain(): void {
    for (;;) {
      const start = this.pending.indexOf(this.startChar);
      if (start < 0) {
        if (this.pending.length > 0) this.options.onRefused("junk", this.pending.length);
        this.pending = "";
        return;
      }
      if (start > 0) {
        this.options.onRefused("junk", start);
        this.pending = this.pending.substring(start);
      }
      if (this.pending.length < HEADER_BYTES) return;
      const length = this.pending.charCodeAt(3) | (this.pending.charCodeAt(4) << 8);
      if (length > this.options.maxPayload) {
        this.refuseStartByte("bad-length");
        continue;
      }
      const total = FRAME_OVERHEAD + length;
      if (this.pending.length < total) return;
      const frame = new Uint8Array(total);
      for (let i = 0; i < total; i++) frame[i] = this.pending.charCodeAt(i);
      const expected = readU32(frame, HEADER_BYTES + length);
      if (this.options.crc32(frame.subarray(1, HEADER_BYTES + length)) !== expected) {
        this.refuseStartByte("bad-crc");
        continue;
      }
      this.pending = this.pending.substring(total);
      this.options.onFrame(frame[1], frame[2], frame.subarray(HEADER_BYTES, HEADER_BYTES + length));
    }
  }

  private refuseStartByte(reason: RefusalReason): void {
    this.options.onRefused(reason, 1);
    this.pending = this.pending.substring(1);
  }
}
