import type { Crypto } from "../../hal/interfaces/crypto";
import type { ByteArea } from "../persist/byte-area";

/**
 * The credential bundle: built and signed by the hub (scripts/credentials/ builds the same
 * bytes), written verbatim into the A/B slot on the device and searched there in place.
 * All integers little-endian.
 *
 * Header (128 bytes)
 *   0 magic "LCB1" · 4 format (1) · 5 hash length (8) · 6-7 zero
 *   8 version (uint32, strictly increasing per device) · 12 issued-at (epoch s)
 *   16 device id (16 bytes ASCII, zero padded) · 32 total length (header + body, multiple of 4)
 *   36 users · 40 windows · 44 card entries · 48 PIN entries (counts, uint32)
 *   52 windows offset · 56 cards offset · 60 PINs offset (users start at 128)
 *   64 body digest (32): d = 32 zero bytes; for each 1,024-byte chunk c of the body, d = SHA-256(d || c)
 *   96 signature (32): HMAC-SHA-256(device key, header bytes 0-95)
 * Body
 *   users, sorted by id, 21 bytes each: id u32 · role u8 · flags u8 · lockers u32 ·
 *     valid-from u32 · valid-until u32 · first window u16 · window count u8
 *   windows, 5 bytes each: days u8 (bit 0 = Sunday) · start minute u16 · end minute u16
 *   card entries then PIN entries, each table sorted by hash, no duplicates, 10 bytes each:
 *     hash (first 8 bytes of HMAC-SHA-256(device key, "card:" + UID bytes | "pin:" + digits))
 *     · reference u16 (user index; in PIN entries bit 15 marks the duress PIN)
 *   zero padding to a multiple of 4.
 *
 * Why 8 hash bytes: at 5,000 users with 4 cards each (20,000 card entries) the chance that any
 * two stored hashes collide is about n^2 / 2^65 = 1e-11 (and the hub refuses to build a bundle
 * where they do), and the chance that a presented unknown card matches some entry is
 * n / 2^64 = 1e-15 per attempt; 6 bytes would give 1.4e-6 and 7e-11 for 2 bytes less per
 * entry (10 KB less at 5,000 users). The PIN space itself (10^4-10^8) is the weak point of a
 * PIN, not the hash length; throttling protects it.
 */
export const BUNDLE_MAGIC = "LCB1";
export const BUNDLE_FORMAT = 1;
export const HASH_LENGTH = 8;
export const HEADER_SIZE = 128;
export const SIGNED_LENGTH = 96;
export const DIGEST_OFFSET = 64;
export const SIGNATURE_OFFSET = 96;
export const DEVICE_ID_LENGTH = 16;
export const USER_SIZE = 21;
export const WINDOW_SIZE = 5;
export const ENTRY_SIZE = HASH_LENGTH + 2;
export const DIGEST_CHUNK = 1024;
export const DURESS_BIT = 0x8000;
export const MAX_USERS = 0x7fff;

export interface BundleHeader {
  version: number;
  issuedAt: number;
  deviceId: string;
  totalLength: number;
  userCount: number;
  windowCount: number;
  cardCount: number;
  pinCount: number;
  windowsOffset: number;
  cardsOffset: number;
  pinsOffset: number;
}

export function readUint16(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8);
}

export function readUint32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24)) >>> 0;
}

export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * The header's fields if its layout is self-consistent (every table inside the bundle, in
 * order, sizes matching counts), else a reason. Says nothing about authenticity.
 */
export function parseHeader(bytes: Uint8Array): BundleHeader | string {
  if (bytes.length < HEADER_SIZE) return "truncated";
  for (let i = 0; i < 4; i++) if (bytes[i] !== BUNDLE_MAGIC.charCodeAt(i)) return "malformed: not a credential bundle";
  if (bytes[4] !== BUNDLE_FORMAT) return "malformed: format " + bytes[4];
  if (bytes[5] !== HASH_LENGTH) return "malformed: hash length " + bytes[5];
  let deviceId = "";
  for (let i = 0; i < DEVICE_ID_LENGTH && bytes[16 + i] !== 0; i++) deviceId += String.fromCharCode(bytes[16 + i]);
  const header: BundleHeader = {
    version: readUint32(bytes, 8),
    issuedAt: readUint32(bytes, 12),
    deviceId: deviceId,
    totalLength: readUint32(bytes, 32),
    userCount: readUint32(bytes, 36),
    windowCount: readUint32(bytes, 40),
    cardCount: readUint32(bytes, 44),
    pinCount: readUint32(bytes, 48),
    windowsOffset: readUint32(bytes, 52),
    cardsOffset: readUint32(bytes, 56),
    pinsOffset: readUint32(bytes, 60),
  };
  if (header.userCount > MAX_USERS) return "malformed: too many users";
  if (header.windowsOffset !== HEADER_SIZE + header.userCount * USER_SIZE) return "malformed: windows offset";
  if (header.cardsOffset !== header.windowsOffset + header.windowCount * WINDOW_SIZE) return "malformed: cards offset";
  if (header.pinsOffset !== header.cardsOffset + header.cardCount * ENTRY_SIZE) return "malformed: PINs offset";
  const end = header.pinsOffset + header.pinCount * ENTRY_SIZE;
  if (header.totalLength % 4 !== 0 || header.totalLength < end || header.totalLength > end + 3) return "malformed: length";
  return header;
}

export function signatureOf(crypto: Crypto, key: Uint8Array, header: Uint8Array): Uint8Array {
  return crypto.hmacSha256(key, header.subarray(0, SIGNED_LENGTH));
}

/** Signature matches (constant time over the full 32 bytes). */
export function signatureValid(crypto: Crypto, key: Uint8Array, header: Uint8Array): boolean {
  return crypto.equalConstantTime(signatureOf(crypto, key, header), header.subarray(SIGNATURE_OFFSET, SIGNATURE_OFFSET + 32));
}

/** The chained body digest, reading the body a chunk at a time (RAM does not grow with it). */
export function bodyDigest(crypto: Crypto, area: ByteArea, totalLength: number): Uint8Array {
  let digest: Uint8Array = new Uint8Array(32);
  for (let offset = HEADER_SIZE; offset < totalLength; offset += DIGEST_CHUNK) {
    const length = Math.min(DIGEST_CHUNK, totalLength - offset);
    const input = new Uint8Array(32 + length);
    input.set(digest, 0);
    input.set(area.read(offset, length), 32);
    digest = crypto.sha256(input);
  }
  return digest;
}

/** Strictly increasing keys of `count` records of `size` bytes at `offset`, read ~1 KB at a time. */
function recordsAscending(area: ByteArea, offset: number, count: number, size: number, keyLength: number, littleEndian: boolean): boolean {
  const perRead = Math.max(1, Math.floor(DIGEST_CHUNK / size));
  let previous: Uint8Array | undefined = undefined;
  for (let first = 0; first < count; first += perRead) {
    const n = Math.min(perRead, count - first);
    const bytes = area.read(offset + first * size, n * size);
    for (let i = 0; i < n; i++) {
      const key = bytes.subarray(i * size, i * size + keyLength);
      if (previous !== undefined) {
        let order = 0;
        for (let b = 0; b < keyLength && order === 0; b++) {
          const at = littleEndian ? keyLength - 1 - b : b;
          order = key[at] - previous[at];
        }
        if (order <= 0) return false;
      }
      previous = key;
    }
    // Kept apart from the next read's buffer.
    if (previous !== undefined) previous = new Uint8Array(previous);
  }
  return true;
}

/**
 * The user table ascends by id and the card and PIN tables by hash, without duplicates, as the
 * binary searches need. A signed table out of order only makes lookups miss (fail closed), but
 * the hub should hear of it, so installs refuse it.
 */
export function tablesSorted(area: ByteArea, header: BundleHeader): boolean {
  return (
    recordsAscending(area, HEADER_SIZE, header.userCount, USER_SIZE, 4, true) &&
    recordsAscending(area, header.cardsOffset, header.cardCount, ENTRY_SIZE, HASH_LENGTH, false) &&
    recordsAscending(area, header.pinsOffset, header.pinCount, ENTRY_SIZE, HASH_LENGTH, false)
  );
}

/** The lookup key of a credential: first HASH_LENGTH bytes of HMAC(device key, domain + value). */
export function credentialHash(crypto: Crypto, key: Uint8Array, domain: "card:" | "pin:", value: Uint8Array): Uint8Array {
  const input = new Uint8Array(domain.length + value.length);
  input.set(asciiBytes(domain), 0);
  input.set(value, domain.length);
  return crypto.hmacSha256(key, input).subarray(0, HASH_LENGTH);
}

/** An in-memory bundle seen as a ByteArea (for checks before anything is written). */
export function bytesArea(bytes: Uint8Array): ByteArea {
  return {
    size: bytes.length,
    read(offset: number, length: number): Uint8Array {
      return bytes.subarray(offset, offset + length);
    },
    program(): void {
      throw new Error("read-only");
    },
  };
}
