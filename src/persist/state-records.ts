import { isErased, type ByteArea } from "./byte-area";

/**
 * The on-flash form shared by the paged store and the Storage journal.
 *
 * Record, 28 bytes, fixed size so a torn record never shifts the ones after it:
 *   0 marker 0xA5 · 1 key length · 2-3 zero · 4-19 key (ASCII, zero padded)
 *   20-23 value (uint32 LE) · 24-27 CRC-32 of bytes 0-23 (LE)
 * The CRC is programmed in the same operation after the bytes it covers, so an interrupted
 * program leaves a record whose CRC does not match: it is skipped, and the key keeps its
 * previous value. A slot holding anything but 0xFF is never programmed again.
 *
 * Header, 16 bytes at the start of a bank or journal:
 *   0-3 magic · 4-7 generation (uint32 LE) · 8-11 CRC-32 of bytes 0-7 · 12-15 seal (0 = complete)
 * The seal is programmed last, in its own operation, once everything before it reads back right.
 */
export const RECORD_SIZE = 28;
export const HEADER_SIZE = 16;
const RECORD_MARKER = 0xa5;
const KEY_OFFSET = 4;
const KEY_SPACE = 16;
const VALUE_OFFSET = 20;
const CRC_OFFSET = 24;
const SEAL_OFFSET = 12;

export type Crc32 = (bytes: Uint8Array) => number;

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
  bytes[offset + 2] = (value >>> 16) & 0xff;
  bytes[offset + 3] = (value >>> 24) & 0xff;
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24)) >>> 0;
}

export function encodeRecord(key: string, value: number, crc32: Crc32): Uint8Array {
  const bytes = new Uint8Array(RECORD_SIZE);
  bytes[0] = RECORD_MARKER;
  bytes[1] = key.length;
  for (let i = 0; i < key.length; i++) bytes[KEY_OFFSET + i] = key.charCodeAt(i);
  writeUint32(bytes, VALUE_OFFSET, value);
  writeUint32(bytes, CRC_OFFSET, crc32(bytes.subarray(0, CRC_OFFSET)) >>> 0);
  return bytes;
}

/** [key, value] of an intact record, undefined for a torn or foreign one. */
export function decodeRecord(bytes: Uint8Array, crc32: Crc32): [string, number] | undefined {
  if (bytes[0] !== RECORD_MARKER || bytes[1] === 0 || bytes[1] > KEY_SPACE) return undefined;
  if ((crc32(bytes.subarray(0, CRC_OFFSET)) >>> 0) !== readUint32(bytes, CRC_OFFSET)) return undefined;
  let key = "";
  for (let i = 0; i < bytes[1]; i++) key += String.fromCharCode(bytes[KEY_OFFSET + i]);
  return [key, readUint32(bytes, VALUE_OFFSET)];
}

export function encodeHeader(magic: string, generation: number, crc32: Crc32): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE);
  for (let i = 0; i < 4; i++) bytes[i] = magic.charCodeAt(i);
  writeUint32(bytes, 4, generation);
  writeUint32(bytes, 8, crc32(bytes.subarray(0, 8)) >>> 0);
  for (let i = SEAL_OFFSET; i < HEADER_SIZE; i++) bytes[i] = 0xff;
  return bytes;
}

export const SEAL = new Uint8Array(4);

export function sealOffset(): number {
  return SEAL_OFFSET;
}

/** The generation of a complete (sealed, intact) header with this magic, else undefined. */
export function sealedGeneration(area: ByteArea, magic: string, crc32: Crc32): number | undefined {
  const bytes = area.read(0, HEADER_SIZE);
  for (let i = 0; i < 4; i++) if (bytes[i] !== magic.charCodeAt(i)) return undefined;
  if ((crc32(bytes.subarray(0, 8)) >>> 0) !== readUint32(bytes, 8)) return undefined;
  if (readUint32(bytes, SEAL_OFFSET) !== 0) return undefined;
  return readUint32(bytes, 4);
}

/**
 * Replays the records after the header into `keys`/`values` (later records win) and returns
 * the offset where the next record goes: the first erased slot, so a slot a cut left
 * half-programmed is skipped and never programmed over.
 */
export function replayRecords(area: ByteArea, crc32: Crc32, keys: string[], values: number[]): number {
  let next = HEADER_SIZE;
  for (let offset = HEADER_SIZE; offset + RECORD_SIZE <= area.size; offset += RECORD_SIZE) {
    const bytes = area.read(offset, RECORD_SIZE);
    // Appends are contiguous, so the first erased slot is where the records end.
    if (isErased(bytes)) break;
    next = offset + RECORD_SIZE;
    const record = decodeRecord(bytes, crc32);
    if (record === undefined) continue;
    const at = keys.indexOf(record[0]);
    if (at < 0) {
      keys.push(record[0]);
      values.push(record[1]);
    } else {
      values[at] = record[1];
    }
  }
  return next;
}

/** Programs one record at `offset` and reads it back; throws if the flash did not take it. */
export function appendRecord(area: ByteArea, offset: number, key: string, value: number, crc32: Crc32): void {
  const record = encodeRecord(key, value, crc32);
  area.program(offset, record);
  const back = area.read(offset, RECORD_SIZE);
  for (let i = 0; i < RECORD_SIZE; i++) {
    if (back[i] !== record[i]) throw new Error("durable state: flash did not take record for " + key);
  }
}
