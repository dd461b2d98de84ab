/**
 * The Storage area's file chain on a NorFlash, following the interpreter's walking, allocation,
 * compaction and validity rules (src/jsflash.c, 2v29, boards without a filename table) closely
 * enough that the same sequence of flash operations happens, so power cuts land where they
 * would on a board. Addresses are absolute; 0 means "none", as in the interpreter.
 */
import { programAligned } from "./aligned-write";
import type { NorFlash } from "./nor-flash";
import { alignUp, HEADER_SIZE, HeaderBuffer, namesEqual } from "./storage-format";

export interface StorageRegion {
  start: number;
  size: number;
  /** The Storage page size the board file declares; must match the flash's erase unit there. */
  eraseUnit: number;
}

export interface StorageStats {
  fileBytes: number;
  fileCount: number;
  trashBytes: number;
  trashCount: number;
  total: number;
  free: number;
  /** Start of the first page whose files include a deleted one: compaction starts there. */
  firstPageWithErasedFiles: number;
}

export interface FoundFile {
  /** Address of the file's data (its header is 32 bytes before). */
  dataAddr: number;
  header: HeaderBuffer;
}

interface Cursor {
  addr: number;
}

export class StorageArea {
  readonly start: number;
  readonly end: number;

  constructor(
    readonly flash: NorFlash,
    region: StorageRegion,
  ) {
    if (region.start <= 0) throw new Error("EspruinoStorage: Storage cannot start at address 0 (0 means 'no file' in its format)");
    for (let addr = region.start; addr < region.start + region.size; addr += region.eraseUnit) {
      const unit = flash.eraseUnitAt(addr);
      if (unit.start !== addr || unit.size !== region.eraseUnit) {
        throw new Error(
          `EspruinoStorage: Storage page at 0x${addr.toString(16)} (${region.eraseUnit} bytes) is not an erase unit of the flash ` +
            `(the flash erases ${unit.size} bytes from 0x${unit.start.toString(16)})`,
        );
      }
    }
    this.start = region.start;
    this.end = region.start + region.size;
  }

  /** The Storage page containing addr, or null outside Storage. */
  pageOf(addr: number): { start: number; size: number } | null {
    if (addr < this.start || addr >= this.end) return null;
    return this.flash.eraseUnitAt(addr);
  }

  /** Start of the page after addr's page, or 0 if that is past Storage. */
  nextPage(addr: number): number {
    const page = this.pageOf(addr);
    if (!page) return 0;
    const next = page.start + page.size;
    return next >= this.end ? 0 : next;
  }

  /** Reads a header into h (only size and first 4 name bytes unless full) and says if it is a usable one. */
  loadHeader(addr: number, h: HeaderBuffer, full: boolean): boolean {
    if (!addr) return false;
    h.bytes.set(this.flash.read(addr, full ? HEADER_SIZE : 8));
    const word = h.sizeWord;
    return word !== 0xffffffff && word !== 0 && addr + HEADER_SIZE + h.fileSize <= this.end;
  }

  /**
   * Moves cursor to the header after the one in h. With allPages, an unusable header makes it
   * look once more at the start of the next page (files never start after an empty gap otherwise).
   */
  nextHeader(cursor: Cursor, h: HeaderBuffer, allPages: boolean, full: boolean): boolean {
    const old = cursor.addr;
    cursor.addr = 0;
    let addr = alignUp(old + h.fileSize + HEADER_SIZE);
    if (addr + HEADER_SIZE > this.end) return false;
    cursor.addr = addr;
    let valid = this.loadHeader(addr, h, full);
    if (allPages && !valid) {
      addr = this.nextPage(addr);
      cursor.addr = addr;
      if (!addr) return false;
      valid = this.loadHeader(addr, h, full);
    }
    return valid;
  }

  /** Room from addr to the end of its page, or to the end of Storage if the next page holds no file. */
  spaceLeftInPage(addr: number): number {
    const page = this.pageOf(addr);
    if (!page) return 0;
    let nextPageStart = page.start + page.size;
    if (nextPageStart < this.end && !this.loadHeader(nextPageStart, new HeaderBuffer(), false)) nextPageStart = this.end;
    return nextPageStart - addr;
  }

  isErased(addr: number, length: number): boolean {
    for (let offset = 0; offset < length; offset += 128) {
      const chunk = this.flash.read(addr + offset, Math.min(128, length - offset));
      if (!chunk.every((b) => b === 0xff)) return false;
    }
    return true;
  }

  isEqual(addr: number, data: Uint8Array): boolean {
    for (let offset = 0; offset < data.length; offset += 128) {
      const chunk = this.flash.read(addr + offset, Math.min(128, data.length - offset));
      for (let i = 0; i < chunk.length; i++) if (chunk[i] !== data[offset + i]) return false;
    }
    return true;
  }

  /** Erases whole flash pages from the one containing startAddr until byteLength is covered (jshFlashErasePages). */
  erasePages(startAddr: number, byteLength: number): void {
    const endAddr = startAddr + byteLength;
    let page = this.flashPage(startAddr);
    while (page && page.start < endAddr) {
      this.flash.erase(page.start);
      page = this.flashPage(page.start + page.size);
    }
  }

  eraseAll(): void {
    this.erasePages(this.start, this.end - this.start);
  }

  findFile(name: Uint8Array): FoundFile | null {
    const h = new HeaderBuffer();
    const cursor = { addr: this.start };
    const firstChars = (name[0] | (name[1] << 8) | (name[2] << 16) | (name[3] << 24)) >>> 0;
    if (!this.loadHeader(cursor.addr, h, false)) return null;
    do {
      if (h.firstChars === firstChars && this.loadHeader(cursor.addr, h, true) && namesEqual(h.name, name)) {
        return { dataAddr: cursor.addr + HEADER_SIZE, header: h };
      }
    } while (this.nextHeader(cursor, h, true, false));
    return null;
  }

  /** Marks a file deleted: its first 4 name bytes are programmed to 0 (bits only cleared, no erase). */
  markDeleted(dataAddr: number): void {
    this.flash.program(dataAddr - HEADER_SIZE + 4, new Uint8Array(4));
  }

  /** Allocates a file after the last one, compacting once if that could make room. Returns its data address or 0. */
  createFile(name: Uint8Array, size: number, flags: number, compact: () => boolean): { dataAddr: number; header: HeaderBuffer } | null {
    const required = alignUp(size) + HEADER_SIZE;
    const h = new HeaderBuffer();
    let compacted = false;
    let freeAddr = 0;
    while (!freeAddr) {
      const cursor = { addr: this.start };
      let freeSpace = 0;
      let trashSpace = 0;
      do {
        if (this.loadHeader(cursor.addr, h, false)) {
          do {
            if (h.isDeleted) trashSpace += h.fileSize;
          } while (this.nextHeader(cursor, h, false, true));
        }
        const spaceInPage = this.spaceLeftInPage(cursor.addr);
        freeSpace += spaceInPage;
        if (spaceInPage < required) cursor.addr = this.nextPage(cursor.addr);
        else freeAddr = cursor.addr;
      } while (cursor.addr && !freeAddr);
      if (!freeAddr) {
        // The interpreter only compacts when it is sure the file would then fit: failing fast is kinder to flash.
        if (compacted || required >= freeSpace + trashSpace) return null;
        compacted = true;
        if (!compact()) return null;
      }
    }
    const header = HeaderBuffer.build(name, size, flags);
    this.flash.program(freeAddr, header);
    const result = new HeaderBuffer();
    result.bytes.set(header);
    return { dataAddr: freeAddr + HEADER_SIZE, header: result };
  }

  stats(addr: number, allPages: boolean): StorageStats {
    const stats: StorageStats = { fileBytes: 0, fileCount: 0, trashBytes: 0, trashCount: 0, total: 0, free: 0, firstPageWithErasedFiles: 0 };
    const startAddr = addr;
    const cursor = { addr };
    const h = new HeaderBuffer();
    let lastAddr = addr;
    let lastUnbrokenPageStart = addr;
    if (this.loadHeader(cursor.addr, h, false)) {
      do {
        const page = this.pageOf(cursor.addr);
        if (page && page.start === cursor.addr) lastUnbrokenPageStart = page.start;
        const fileSize = alignUp(h.fileSize) + HEADER_SIZE;
        lastAddr = cursor.addr + fileSize;
        if (!h.isDeleted) {
          stats.fileBytes += fileSize;
          stats.fileCount++;
        } else {
          stats.trashBytes += fileSize;
          stats.trashCount++;
          if (!stats.firstPageWithErasedFiles) stats.firstPageWithErasedFiles = lastUnbrokenPageStart;
        }
      } while (this.nextHeader(cursor, h, allPages, false));
    }
    const pageEnd = allPages ? this.end : this.nextPage(startAddr);
    stats.total = pageEnd - startAddr;
    stats.free = pageEnd - lastAddr;
    return stats;
  }

  /** jsfIsStorageValid(JSFSTT_NORMAL) as run at power-on. */
  isValid(): boolean {
    const cursor = { addr: this.start };
    let oldAddr = cursor.addr;
    const h = new HeaderBuffer();
    if (this.loadHeader(cursor.addr, h, true)) {
      while (this.nextHeader(cursor, h, true, true)) oldAddr = cursor.addr;
      if (!cursor.addr) {
        // The chain may have stopped only because Storage is full to the last header slot.
        const next = alignUp(oldAddr + h.fileSize + HEADER_SIZE);
        if (next <= this.end && next + HEADER_SIZE > this.end) return true;
      }
    }
    const allErased = h.allErased;
    if (allErased && cursor.addr === this.start) return this.isErased(this.start, this.end - this.start);
    return allErased;
  }

  private flashPage(addr: number): { start: number; size: number } | null {
    try {
      return this.flash.eraseUnitAt(addr);
    } catch {
      return null;
    }
  }

  /** programAligned, exported here so StorageFile and the Storage API share one path. */
  writeAligned(addr: number, data: Uint8Array): void {
    programAligned(this.flash, addr, data);
  }
}
