/**
 * StorageFile (require("Storage").open): an appendable file kept as numbered chunk files
 * ("name\x01", "name\x02", ... up to 255), each a fixed-size Storage file filled in place.
 * There is no length field: the end is the first 0xFF byte, so data containing 0xFF reads back
 * cut short, and appending after reopening lands on top of it.
 */
import { programAligned } from "./aligned-write";
import type { StorageArea } from "./storage-area";
import { bytesOfString, encodeName, FLAG_STORAGEFILE, NAME_LENGTH, stringOfBytes } from "./storage-format";
import type { ConsolePrint } from "./storage-compaction";
import { writeStorageFile } from "./storage-write";

export type StorageFileMode = "r" | "w" | "a";

const LAST_CHUNK = 255;
const READ_BUFFER = 32;
const SCAN_BUFFER = 64;

export class StorageFile {
  /** The name as given, cut to 28 characters (the chunk number then replaces the 28th). */
  readonly name: string;
  chunk = 1;
  offset = 0;
  /** 0 once erased or after a failed chunk write: no more reading or writing. */
  mode: StorageFileMode | 0;

  private readonly nameField: Uint8Array;
  private readonly chunkIndex: number;

  constructor(
    private readonly area: StorageArea,
    private readonly chunkSize: number,
    name: string,
    mode: string,
    private readonly print?: ConsolePrint,
  ) {
    if (mode !== "r" && mode !== "w" && mode !== "a") throw new Error(`Invalid mode ${JSON.stringify(mode)}`);
    this.name = name.slice(0, NAME_LENGTH);
    this.nameField = encodeName(this.name);
    let index = NAME_LENGTH - 1;
    while (index && this.nameField[index - 1] === 0) index--;
    this.chunkIndex = index;
    this.mode = mode;
    if (mode === "w" && this.findChunk(1)) this.erase();
    if (mode === "a") this.seekEnd();
    this.mode = mode;
  }

  read(length: number): string | undefined {
    return this.readInternal(Math.max(0, length | 0), false);
  }

  /** Up to and including the next "\n". */
  readLine(): string | undefined {
    return this.readInternal(READ_BUFFER, true);
  }

  getLength(): number {
    let chunk = 1;
    let length = 0;
    let found = this.findChunk(chunk);
    let lastByte = found ? this.lastByteOf(found.dataAddr, found.header.fileSize) : 0xff;
    while (found && lastByte !== 0xff && chunk < LAST_CHUNK) {
      length += found.header.fileSize;
      chunk++;
      found = this.findChunk(chunk);
      if (found) lastByte = this.lastByteOf(found.dataAddr, found.header.fileSize);
    }
    return length + (found ? this.scanForEnd(found.dataAddr, found.header.fileSize) : 0);
  }

  write(data: unknown): void {
    if (this.mode !== "w" && this.mode !== "a") throw new Error("Can't write in this mode");
    const bytes = bytesOfString(String(data));
    if (bytes.length === 0) return;
    const found = this.findChunk(this.chunk);
    if (!found) {
      this.writeNewChunk(this.chunk, bytes);
      this.offset = bytes.length;
      return;
    }
    const remaining = found.header.fileSize - this.offset;
    if (bytes.length < remaining) {
      programAligned(this.area.flash, found.dataAddr + this.offset, bytes);
      this.offset += bytes.length;
      return;
    }
    programAligned(this.area.flash, found.dataAddr + this.offset, bytes.subarray(0, remaining));
    this.offset += remaining;
    if (this.chunk === LAST_CHUNK) throw new Error("File too big!");
    const rest = bytes.subarray(remaining);
    this.writeNewChunk(this.chunk + 1, rest);
    this.chunk++;
    this.offset = rest.length;
  }

  /** Deletes every chunk; the object can no longer be used. */
  erase(): void {
    for (let chunk = 1; ; chunk++) {
      const found = this.findChunk(chunk);
      if (!found) break;
      this.area.markDeleted(found.dataAddr);
    }
    this.chunk = 1;
    this.offset = 0;
    this.mode = 0;
  }

  private chunkName(chunk: number): Uint8Array {
    const field = this.nameField.slice();
    field[this.chunkIndex] = chunk & 0xff;
    return field;
  }

  private findChunk(chunk: number) {
    return this.area.findFile(this.chunkName(chunk));
  }

  private writeNewChunk(chunk: number, bytes: Uint8Array): void {
    try {
      writeStorageFile(this.area, this.chunkName(chunk), bytes, FLAG_STORAGEFILE, 0, this.chunkSize, this.print);
    } catch (error) {
      this.mode = 0;
      throw error;
    }
  }

  private lastByteOf(dataAddr: number, size: number): number {
    return this.area.flash.read(dataAddr + size - 1, 1)[0];
  }

  /** Offset of the first 0xFF in a chunk, or its size if there is none. */
  private scanForEnd(dataAddr: number, size: number): number {
    let offset = 0;
    while (offset < size) {
      const bytes = this.area.flash.read(dataAddr + offset, Math.min(SCAN_BUFFER, size - offset));
      const end = bytes.indexOf(0xff);
      if (end >= 0) return offset + end;
      offset += bytes.length;
    }
    return offset;
  }

  /** Append mode: the first chunk whose last byte is still erased, at its first 0xFF. */
  private seekEnd(): void {
    let found = this.findChunk(this.chunk);
    let lastByte = found ? this.lastByteOf(found.dataAddr, found.header.fileSize) : 0xff;
    while (found && lastByte !== 0xff && this.chunk < LAST_CHUNK) {
      this.chunk++;
      found = this.findChunk(this.chunk);
      if (found) lastByte = this.lastByteOf(found.dataAddr, found.header.fileSize);
    }
    this.offset = found ? this.scanForEnd(found.dataAddr, found.header.fileSize) : 0;
  }

  private readInternal(length: number, line: boolean): string | undefined {
    if (this.mode !== "r") throw new Error("Can't read in this mode");
    let found = this.findChunk(this.chunk);
    if (!found) return undefined;
    let offset = this.offset;
    let result: string | undefined;
    let wantLine = line;
    let want = length;
    while (want) {
      if (found.header.fileSize - offset <= 0) {
        offset = 0;
        this.offset = 0;
        let next = null;
        if (this.chunk !== LAST_CHUNK) {
          this.chunk++;
          next = this.findChunk(this.chunk);
        }
        if (!next) return result;
        found = next;
      }
      let take = Math.min(want, READ_BUFFER, found.header.fileSize - offset);
      const bytes = this.area.flash.read(found.dataAddr + offset, take);
      for (let i = 0; i < take; i++) {
        if (bytes[i] === 0xff) {
          take = i;
          want = take;
          break;
        }
        if (wantLine && bytes[i] === 0x0a) {
          take = i + 1;
          want = take;
          wantLine = false;
          break;
        }
      }
      if (!take) break;
      result = (result ?? "") + stringOfBytes(bytes.subarray(0, take));
      want -= take;
      offset += take;
      if (wantLine) want = READ_BUFFER;
    }
    this.offset = offset;
    return result;
  }
}
