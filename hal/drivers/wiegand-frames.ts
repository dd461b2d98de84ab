/**
 * What a complete Wiegand frame means, from its bits alone.
 *
 * Cards: 26-bit (H10301) and 34-bit frames. Bit 0 is even parity over the first half of the
 * frame including itself, the last bit odd parity over the second half including itself
 * (13 + 13 bits for 26, 17 + 17 for 34). The card is the data bits between them, packed
 * big-endian: 3 bytes for 26 bits (byte 0 is the facility code, bytes 1–2 the card number),
 * 4 bytes for 34 bits (formats split those differently, so no split is made; a credential is
 * matched on all of them together with the frame length).
 *
 * Keypads: a 4-bit burst is one key (0–9, 10 = `*`, 11 = `#`); an 8-bit burst is the complement
 * of the key's nibble followed by the nibble, and is refused when they disagree.
 */

export const WIEGAND_FAULT_PARITY = "parity";
export const WIEGAND_FAULT_LENGTH = "length";
export const WIEGAND_FAULT_COMPLEMENT = "complement";
export const WIEGAND_FAULT_BAD_KEY = "bad-key";

const KEY_LABELS = "0123456789*#";

export interface WiegandFrame {
  /** Set for a card frame. */
  uid: Uint8Array | undefined;
  /** Set for a keypad burst. */
  key: string;
  /** Set when refused. */
  fault: string;
}

function countOnes(bits: Uint8Array, from: number, count: number): number {
  let ones = 0;
  for (let i = from; i < from + count; i++) ones += bits[i];
  return ones;
}

function valueOf(bits: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 2 + bits[i];
  return value;
}

function packBigEndian(bits: Uint8Array, from: number, count: number): Uint8Array {
  const bytes = new Uint8Array(count / 8);
  for (let i = 0; i < count; i++) {
    if (bits[from + i] === 1) bytes[i >> 3] = bytes[i >> 3] | (0x80 >> (i & 7));
  }
  return bytes;
}

function refused(fault: string): WiegandFrame {
  return { uid: undefined, key: "", fault: fault };
}

function cardFrame(bits: Uint8Array, length: number): WiegandFrame {
  const half = length / 2;
  const evenHalfOk = countOnes(bits, 0, half) % 2 === 0;
  const oddHalfOk = countOnes(bits, half, half) % 2 === 1;
  if (!evenHalfOk || !oddHalfOk) return refused(WIEGAND_FAULT_PARITY);
  return { uid: packBigEndian(bits, 1, length - 2), key: "", fault: "" };
}

function keyFrame(code: number): WiegandFrame {
  if (code >= KEY_LABELS.length) return refused(WIEGAND_FAULT_BAD_KEY);
  return { uid: undefined, key: KEY_LABELS.charAt(code), fault: "" };
}

/** `bits` holds one 0/1 per entry; `length` how many of them the frame had. */
export function decodeWiegandFrame(bits: Uint8Array, length: number): WiegandFrame {
  if (length === 26 || length === 34) return cardFrame(bits, length);
  if (length === 4) return keyFrame(valueOf(bits, 0, 4));
  if (length === 8) {
    const complement = valueOf(bits, 0, 4);
    const code = valueOf(bits, 4, 4);
    if (complement !== (~code & 0xf)) return refused(WIEGAND_FAULT_COMPLEMENT);
    return keyFrame(code);
  }
  return refused(WIEGAND_FAULT_LENGTH);
}
