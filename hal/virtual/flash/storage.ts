/**
 * require("Storage") for the virtual board: the interpreter's Storage on a NorFlash, byte for
 * byte in its format, so every program/erase is counted and can be cut. Host values in and out
 * (strings are byte strings, one char per byte); the runtime converts to and from its realm.
 * Errors are plain Errors carrying the interpreter's messages ("Unable to find or create file").
 */
import { parseLiberalJson } from "./liberal-json";
import type { NorFlash } from "./nor-flash";
import { StorageArea, type StorageRegion } from "./storage-area";
import { compactStorage } from "./storage-compaction";
import { StorageFile } from "./storage-file";
import {
  bytesOfString,
  decodeName,
  encodeName,
  FLAG_NONE,
  FLAG_STORAGEFILE,
  HEADER_SIZE,
  HeaderBuffer,
  NAME_LENGTH,
  stringOfBytes,
} from "./storage-format";
import { writeStorageFile } from "./storage-write";

export type { StorageRegion } from "./storage-area";
export { StorageFile, type StorageFileMode } from "./storage-file";

export interface StorageStatsResult {
  totalBytes: number;
  freeBytes: number;
  fileBytes: number;
  fileCount: number;
  trashBytes: number;
  trashCount: number;
}

export interface StorageOptions {
  /** StorageFile chunk size; default min(page, 4096) - 32, as the interpreter builds it. */
  storageFileChunkSize?: number;
  /** Receives what the interpreter prints on its console ("Compacting... ", "Storage is corrupt."). */
  print?: (text: string) => void;
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

/** The bytes the interpreter would take from a value (JSV_GET_AS_CHAR_ARRAY); works across vm realms. */
export function bytesOfValue(data: unknown): Uint8Array {
  if (typeof data === "string") return bytesOfString(data);
  if (isArrayBuffer(data)) return new Uint8Array(data.slice(0));
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  if (Array.isArray(data)) return Uint8Array.from(data, (v) => Number(v) & 0xff);
  return bytesOfString(String(data));
}

function isPlainObject(data: unknown): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && !isArrayBuffer(data) && !ArrayBuffer.isView(data);
}

export class EspruinoStorage {
  readonly area: StorageArea;
  readonly storageFileChunkSize: number;
  private readonly print: (text: string) => void;

  constructor(
    readonly flash: NorFlash,
    region: StorageRegion,
    opts: StorageOptions = {},
  ) {
    this.area = new StorageArea(flash, region);
    this.storageFileChunkSize = opts.storageFileChunkSize ?? Math.min(region.eraseUnit, 4096) - HEADER_SIZE;
    this.print = opts.print ?? (() => {});
  }

  get start(): number {
    return this.area.start;
  }

  get end(): number {
    return this.area.end;
  }

  /**
   * Storage.write. Offset 0 (or none) replaces the file; `size` makes a bigger file whose
   * unwritten bytes stay 0xFF for later writes at an offset. A plain object is stored as JSON.
   * Throws "Unable to find or create file" when it does not fit even after compacting.
   */
  write(name: string, data: unknown, offset?: number, size?: number): boolean {
    let off = Math.trunc(Number(offset ?? 0)) || 0;
    let fileSize = Math.trunc(Number(size ?? 0)) || 0;
    let text = data;
    if (isPlainObject(data)) {
      text = JSON.stringify(data);
      off = 0;
      fileSize = 0;
    }
    return writeStorageFile(this.area, encodeName(String(name)), bytesOfValue(text), FLAG_NONE, off, fileSize, this.print);
  }

  /** Storage.writeJSON (the interpreter drops quotes on simple keys; this writes standard JSON). */
  writeJSON(name: string, data: unknown): boolean {
    return writeStorageFile(this.area, encodeName(String(name)), bytesOfString(JSON.stringify(data) ?? "undefined"), FLAG_NONE, 0, 0, this.print);
  }

  readBytes(name: string, offset?: number, length?: number): Uint8Array | undefined {
    const found = this.area.findFile(encodeName(String(name)));
    if (!found) return undefined;
    const fileLength = found.header.fileSize;
    let from = Math.max(0, Math.trunc(Number(offset ?? 0)) || 0);
    let count = Math.trunc(Number(length ?? 0)) || 0;
    if (count <= 0) count = fileLength;
    if (from > fileLength) from = fileLength;
    if (from + count > fileLength) count = fileLength - from;
    if (count <= 0) return new Uint8Array(0);
    return this.flash.read(found.dataAddr + from, count);
  }

  /** Storage.read: a byte string, or undefined if there is no such file. */
  read(name: string, offset?: number, length?: number): string | undefined {
    const bytes = this.readBytes(name, offset, length);
    return bytes && stringOfBytes(bytes);
  }

  /** Storage.readJSON: undefined if missing; bad JSON throws a SyntaxError unless noExceptions. */
  readJSON(name: string, noExceptions?: boolean): unknown {
    const text = this.read(name);
    if (text === undefined) return undefined;
    try {
      return parseLiberalJson(text);
    } catch (error) {
      if (noExceptions) return undefined;
      throw error;
    }
  }

  readArrayBuffer(name: string): ArrayBuffer | undefined {
    const bytes = this.readBytes(name);
    return bytes && (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }

  /**
   * Storage.list: every live file in Storage order. StorageFiles show as their first chunk
   * ("log\x01") unless filter.sf is true (then "log"); filter.sf false hides them.
   */
  list(regex?: RegExp | string, filter?: { sf?: boolean }): string[] {
    const wantStorageFiles = filter && filter.sf !== undefined ? Boolean(filter.sf) : undefined;
    const names: string[] = [];
    const h = new HeaderBuffer();
    const cursor = { addr: this.area.start };
    if (!this.area.loadHeader(cursor.addr, h, true)) return names;
    do {
      if (!h.isRealFile) continue;
      const isStorageFile = (h.flags & FLAG_STORAGEFILE) !== 0;
      if (wantStorageFiles !== undefined && isStorageFile !== wantStorageFiles) continue;
      let name = decodeName(h.name);
      if (isStorageFile) {
        if (name.charCodeAt(name.length - 1) !== 1) continue;
        if (wantStorageFiles) name = name.slice(0, -1);
      }
      if (regex === undefined || regex === null || name.match(regex) !== null) names.push(name);
    } while (this.area.nextHeader(cursor, h, true, true));
    return names;
  }

  /** Storage.erase: marks the file deleted (no flash erase; its space is trash until compaction). */
  erase(name: string): void {
    const found = this.area.findFile(encodeName(String(name)));
    if (found) this.area.markDeleted(found.dataAddr);
  }

  eraseAll(): void {
    this.area.eraseAll();
  }

  compact(): void {
    compactStorage(this.area, this.print);
  }

  getFree(): number {
    return this.area.stats(this.area.start, true).free;
  }

  getStats(): StorageStatsResult {
    const s = this.area.stats(this.area.start, true);
    return { totalBytes: s.total, freeBytes: s.free, fileBytes: s.fileBytes, fileCount: s.fileCount, trashBytes: s.trashBytes, trashCount: s.trashCount };
  }

  open(name: string, mode: string): StorageFile {
    return new StorageFile(this.area, this.storageFileChunkSize, String(name), String(mode), this.print);
  }

  /**
   * What the interpreter does at power-on (first boot): check the header chain, and if it is
   * corrupt ("Storage is corrupt."), erase ALL of Storage. Bangle.js would offer recovery instead;
   * none of our boards is one.
   */
  bootCheck(): { valid: boolean; erased: boolean } {
    if (this.area.isValid()) return { valid: true, erased: false };
    this.print("Storage is corrupt.\n");
    this.print("Erasing Storage Area...\n");
    this.area.eraseAll();
    this.print("Erase complete.\n");
    return { valid: false, erased: true };
  }

  /** Longest name Storage keeps; longer ones are cut to it. */
  static readonly maxNameLength = NAME_LENGTH;
}
