/**
 * ISO 14443-3 type A frame checks the MFRC522 driver applies to what cards answer. Each returns
 * "" for a good frame, or the refusal's name.
 */

/** CRC_A (ISO 14443-3 Annex B): CRC-16 polynomial 0x1021 reflected (0x8408), preset 0x6363, no final XOR; low byte is sent first. */
export function crcA(bytes: ArrayLike<number>): number {
  let crc = 0x6363;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i] & 0xff;
    for (let bit = 0; bit < 8; bit++) crc = (crc & 1) !== 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
  }
  return crc & 0xffff;
}

/** Anticollision answer at one cascade level: 4 bytes and their BCC (XOR of the four). */
export function checkCascadeAnswer(bytes: Uint8Array, lastBits: number): string {
  if (bytes.length !== 5 || lastBits !== 0) return "bad-frame";
  if ((bytes[0] ^ bytes[1] ^ bytes[2] ^ bytes[3]) !== bytes[4]) return "bad-bcc";
  return "";
}

/** SELECT answer: SAK and its CRC_A. */
export function checkSakAnswer(bytes: Uint8Array, lastBits: number): string {
  if (bytes.length !== 3 || lastBits !== 0) return "bad-frame";
  const crc = crcA(bytes.subarray(0, 1));
  if (bytes[1] !== (crc & 0xff) || bytes[2] !== crc >> 8) return "bad-crc";
  return "";
}
