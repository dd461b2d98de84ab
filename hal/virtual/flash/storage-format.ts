/**
 * Espruino's on-flash Storage format (2v05 and later), as read from src/jsflash.c:
 * a chain of files, each a 32-byte header followed by its data padded to 4 bytes.
 *
 *   header: u32 little-endian  size (low 24 bits) | flags (high 8 bits)
 *           28 bytes           name, zero padded (no terminator when 28 long)
 *
 * A header whose size word is 0xFFFFFFFF (erased) or 0 ends the chain; a file is deleted by
 * programming the first 4 name bytes to 0. No checksum anywhere: a torn write is not detected.
 */

export const HEADER_SIZE = 32;
export const NAME_LENGTH = 28;
/** JSF_ALIGNMENT on every board we build for (64-bit alignment is only for some nRF/STM32L4 parts). */
export const STORAGE_ALIGNMENT = 4;

export const FLAG_NONE = 0;
export const FLAG_FILENAME_TABLE = 32;
export const FLAG_STORAGEFILE = 64;
export const FLAG_COMPRESSED = 128;

export function alignUp(value: number): number {
  return Math.ceil(value / STORAGE_ALIGNMENT) * STORAGE_ALIGNMENT;
}

/** Bytes of a JS string as Espruino stores them: one byte per char, UTF-8 only if a char is above 0xFF. */
export function bytesOfString(text: string): Uint8Array {
  let wide = false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) wide = true;
  if (wide) return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A byte string (each char is one byte), like the strings Storage.read returns. */
export function stringOfBytes(bytes: Uint8Array): string {
  let text = "";
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) text += String.fromCharCode(...bytes.subarray(i, i + step));
  return text;
}

/** The 28-byte name field for a name: longer names are cut, which is how a 29-char name replaces a 28-char one. */
export function encodeName(name: string): Uint8Array {
  const field = new Uint8Array(NAME_LENGTH);
  field.set(bytesOfString(name).subarray(0, NAME_LENGTH));
  return field;
}

/** The name as list() shows it: up to the first zero byte. */
export function decodeName(field: Uint8Array): string {
  const zero = field.indexOf(0);
  return stringOfBytes(zero < 0 ? field : field.subarray(0, zero));
}

export function namesEqual(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < NAME_LENGTH; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The interpreter keeps one header struct and overwrites it as it walks; some reads fill only
 * the first 8 bytes, and later decisions look at whatever the struct holds. Modelling the buffer
 * (instead of returning fresh objects) keeps those corner cases, which matter after power cuts.
 */
export class HeaderBuffer {
  readonly bytes = new Uint8Array(HEADER_SIZE);

  get sizeWord(): number {
    return (this.bytes[0] | (this.bytes[1] << 8) | (this.bytes[2] << 16) | (this.bytes[3] << 24)) >>> 0;
  }

  get fileSize(): number {
    return this.sizeWord & 0x00ffffff;
  }

  get flags(): number {
    return this.sizeWord >>> 24;
  }

  /** First 4 name bytes as one word; 0 marks a deleted file. */
  get firstChars(): number {
    return (this.bytes[4] | (this.bytes[5] << 8) | (this.bytes[6] << 16) | (this.bytes[7] << 24)) >>> 0;
  }

  get isDeleted(): boolean {
    return this.firstChars === 0;
  }

  get name(): Uint8Array {
    return this.bytes.subarray(4, 4 + NAME_LENGTH);
  }

  get allErased(): boolean {
    return this.bytes.every((b) => b === 0xff);
  }

  /** Neither deleted nor an internal kind (a filename table) that list and compaction skip. */
  get isRealFile(): boolean {
    const f = this.flags;
    return !this.isDeleted && (f === FLAG_NONE || f === FLAG_STORAGEFILE || f === FLAG_COMPRESSED);
  }

  copyFrom(other: HeaderBuffer): void {
    this.bytes.set(other.bytes);
  }

  static build(name: Uint8Array, size: number, flags: number): Uint8Array {
    const bytes = new Uint8Array(HEADER_SIZE);
    const word = ((size & 0x00ffffff) | (flags << 24)) >>> 0;
    bytes[0] = word & 0xff;
    bytes[1] = (word >>> 8) & 0xff;
    bytes[2] = (word >>> 16) & 0xff;
    bytes[3] = word >>> 24;
    bytes.set(name.subarray(0, NAME_LENGTH), 4);
    return bytes;
  }
}
