/**
 * ISO/IEC 14443-3 type A cards as the MFRC522 model's field sees them: frames are bit strings
 * (least significant bit of each byte first, as on the air), so short frames (7 bits), bit-oriented
 * anticollision frames and collisions between several cards fall out of the same code.
 *
 * State machine (ISO 14443-3 §6.3): POWER-OFF/IDLE → REQA or WUPA → READY (cascade level 1) →
 * ANTICOLLISION answers, SELECT of the last level → ACTIVE; HLTA → HALT; in HALT only WUPA is
 * answered and the card remembers it came from HALT (READY*, ACTIVE*), so any unexpected frame
 * sends it back to HALT instead of IDLE.
 */

export type Bits = number[];

export const REQA = 0x26;
export const WUPA = 0x52;
export const HLTA = 0x50;
export const CASCADE_TAG = 0x88;
export const SEL_CODES = [0x93, 0x95, 0x97];
/** SAK bit 3 (0x04): UID not complete, the next cascade level follows. */
export const SAK_CASCADE_BIT = 0x04;

/** CRC_A (ISO 14443-3 Annex B): polynomial x^16+x^12+x^5+1 reflected, preset 0x6363, no final XOR; low byte sent first. */
export function crcA(bytes: ArrayLike<number>, preset = 0x6363): number {
  let crc = preset;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i] & 0xff;
    for (let b = 0; b < 8; b++) crc = crc & 1 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
  }
  return crc & 0xffff;
}

export function withCrcA(bytes: number[]): number[] {
  const crc = crcA(bytes);
  return [...bytes, crc & 0xff, crc >> 8];
}

export function bitsOf(bytes: ArrayLike<number>, bitCount = bytes.length * 8): Bits {
  const bits: Bits = [];
  for (let i = 0; i < bitCount; i++) bits.push((bytes[i >> 3] >> (i & 7)) & 1);
  return bits;
}

export function bytesOf(bits: Bits): number[] {
  const bytes = new Array<number>(Math.ceil(bits.length / 8)).fill(0);
  bits.forEach((bit, i) => {
    bytes[i >> 3] |= bit << (i & 7);
  });
  return bytes;
}

type CardState = "idle" | "ready" | "active" | "halt";

export interface CardOptions {
  /** ATQA as sent (2 bytes, low byte first). Default: UID size bits per length, bit-frame anticollision bit 3. */
  atqa?: [number, number];
  /** SAK of the complete UID. Default 0x08 (MIFARE Classic 1K) for 4 bytes, 0x00 (Ultralight) for 7, 0x20 for 10. */
  sak?: number;
}

export class Iso14443Card {
  readonly uid: Uint8Array;
  readonly atqa: [number, number];
  readonly sak: number;
  private state: CardState = "idle";
  private fromHalt = false;
  private level = 0;

  constructor(uid: ArrayLike<number>, options: CardOptions = {}) {
    if (![4, 7, 10].includes(uid.length)) throw new Error(`ISO 14443-A UIDs are 4, 7 or 10 bytes, not ${uid.length}`);
    this.uid = Uint8Array.from(uid);
    const sizeBits = uid.length === 4 ? 0x00 : uid.length === 7 ? 0x40 : 0x80;
    this.atqa = options.atqa ?? [sizeBits | 0x04, 0x00];
    this.sak = options.sak ?? (uid.length === 4 ? 0x08 : uid.length === 7 ? 0x00 : 0x20);
  }

  get levels(): number {
    return this.uid.length === 4 ? 1 : this.uid.length === 7 ? 2 : 3;
  }

  /** The 4 bytes this card answers at cascade level `level` (0-based): cascade tag + 3 UID bytes, or the last 4. */
  cascadeBytes(level: number): number[] {
    const last = level === this.levels - 1;
    const from = level * 3;
    return last ? Array.from(this.uid.subarray(from, from + 4)) : [CASCADE_TAG, ...this.uid.subarray(from, from + 3)];
  }

  get currentState(): string {
    return this.state + (this.fromHalt && this.state !== "halt" && this.state !== "idle" ? "*" : "");
  }

  /** The field went off (antenna off, soft reset): the card loses power. */
  powerOff(): void {
    this.state = "idle";
    this.fromHalt = false;
    this.level = 0;
  }

  /** One frame from the reader; returns the answer's bits, or undefined when the card stays silent. */
  receive(frame: Bits): Bits | undefined {
    const bytes = bytesOf(frame);
    if (frame.length === 7) return this.shortFrame(bytes[0]);
    if (frame.length < 16) return this.unexpected();
    const command = bytes[0];
    if (command === HLTA && frame.length === 32 && this.state === "active") {
      if (bytes[1] !== 0 || !crcOk(bytes)) return this.unexpected();
      this.state = "halt";
      return undefined;
    }
    if (this.state !== "ready" || command !== SEL_CODES[this.level]) return this.unexpected();
    const nvb = bytes[1];
    const knownBits = ((nvb >> 4) - 2) * 8 + (nvb & 0x0f);
    const expected = bitsOf([...this.cascadeBytes(this.level), bcc(this.cascadeBytes(this.level))]);
    if (nvb === 0x70) return this.select(frame, expected);
    if (knownBits < 0 || knownBits >= 40 || frame.length !== 16 + knownBits) return this.unexpected();
    for (let i = 0; i < knownBits; i++) if (frame[16 + i] !== expected[i]) return undefined; // not addressed: wait silently
    return expected.slice(knownBits);
  }

  private shortFrame(code: number): Bits | undefined {
    const wakes = code === WUPA ? this.state === "idle" || this.state === "halt" : code === REQA && this.state === "idle";
    if (!wakes) return this.unexpected();
    this.fromHalt = this.state === "halt";
    this.state = "ready";
    this.level = 0;
    return bitsOf(this.atqa);
  }

  private select(frame: Bits, expected: Bits): Bits | undefined {
    const bytes = bytesOf(frame);
    if (frame.length !== 72 || !crcOk(bytes)) return this.unexpected();
    for (let i = 0; i < 40; i++) if (frame[16 + i] !== expected[i]) return this.unexpected();
    const complete = this.level === this.levels - 1;
    if (complete) this.state = "active";
    else this.level++;
    return bitsOf(withCrcA([complete ? this.sak : SAK_CASCADE_BIT]));
  }

  private unexpected(): undefined {
    if (this.state === "ready" || this.state === "active") this.state = this.fromHalt ? "halt" : "idle";
    this.level = 0;
    return undefined;
  }
}

export function bcc(fourBytes: number[]): number {
  return fourBytes[0] ^ fourBytes[1] ^ fourBytes[2] ^ fourBytes[3];
}

function crcOk(bytes: number[]): boolean {
  const crc = crcA(bytes.slice(0, -2));
  return bytes[bytes.length - 2] === (crc & 0xff) && bytes[bytes.length - 1] === crc >> 8;
}
