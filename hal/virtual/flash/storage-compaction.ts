/**
 * Storage compaction as the interpreter does it (jsfBankCompact / jsfCompactInternal): live
 * files stream through a RAM ring buffer of at most one page plus a header; a page is erased
 * just before its first new byte is programmed, and only once reading has moved past it.
 * Between that erase and the end, the only copy of some files is in RAM: a power cut there
 * loses them and usually leaves Storage invalid, which the next power-on answers by erasing it all.
 */
import { HEADER_SIZE, HeaderBuffer, alignUp } from "./storage-format";
import type { StorageArea } from "./storage-area";

export type ConsolePrint = (text: string) => void;

/**
 * Returns true if it compacted (there was trash); RAM for the buffer is assumed available.
 * `print` receives what the interpreter prints on its console meanwhile ("Compacting... ").
 */
export function compactStorage(area: StorageArea, print: ConsolePrint = () => {}): boolean {
  const firstPage = area.pageOf(area.start);
  if (!firstPage) return false;
  const stats = area.stats(area.start, true);
  if (!stats.trashBytes) return false;
  const bufferSize = Math.min(stats.fileBytes, firstPage.size + HEADER_SIZE);
  print("Compacting... ");
  const done = new Compaction(area, stats.firstPageWithErasedFiles, bufferSize, print).run();
  if (done) print("\n");
  return done;
}

class Compaction {
  private readonly ring: Uint8Array;
  private head = 0;
  private tail = 0;
  private used = 0;
  private writeAddr: number;

  constructor(
    private readonly area: StorageArea,
    private readonly startAddr: number,
    bufferSize: number,
    private readonly print: ConsolePrint,
  ) {
    this.ring = new Uint8Array(bufferSize);
    this.writeAddr = startAddr;
  }

  run(): boolean {
    const { area } = this;
    const h = new HeaderBuffer();
    const cursor = { addr: this.startAddr };
    let lastProgress = 0;
    if (area.loadHeader(cursor.addr, h, true)) {
      do {
        if (!h.isRealFile) continue;
        this.pushHeader(h.bytes);
        let toCopy = alignUp(h.fileSize);
        let readAddr = cursor.addr + HEADER_SIZE;
        this.flush(readAddr);
        while (toCopy) {
          let chunk = this.ring.length - this.used;
          if (chunk > this.ring.length - this.head) chunk = this.ring.length - this.head;
          if (this.tail > this.head && chunk > this.tail - this.head) chunk = this.tail - this.head;
          if (chunk === 0) return false; // the interpreter gives up here, mid-way
          if (chunk > toCopy) chunk = toCopy;
          this.ring.set(area.flash.read(readAddr, chunk), this.head);
          toCopy -= chunk;
          readAddr += chunk;
          this.used += chunk;
          this.head = (this.head + chunk) % this.ring.length;
          this.flush(readAddr);
        }
        const progress = (cursor.addr - this.startAddr) >> 14; // a spinner step every 16 KB
        if (progress !== lastProgress) {
          this.print("\b" + "/-\\|"[progress & 3]);
          lastProgress = progress;
        }
      } while (area.nextHeader(cursor, h, true, true));
    }
    this.flush(area.end);
    // Pages after the compacted files held only what was just moved: erase them.
    let eraseFrom = this.writeAddr;
    if (eraseFrom !== this.startAddr) eraseFrom = area.nextPage(eraseFrom - 1);
    if (eraseFrom) {
      const eraseTo = cursor.addr || area.end;
      area.erasePages(eraseFrom, eraseTo - eraseFrom);
    }
    return true;
  }

  /** The header goes into the ring unchecked, as memcpy_circular does. */
  private pushHeader(bytes: Uint8Array): void {
    for (const b of bytes) {
      this.ring[this.head] = b;
      this.head = (this.head + 1) % this.ring.length;
    }
    this.used += bytes.length;
  }

  /** Writes buffered bytes to flash, but never into the page that is still being read. */
  private flush(readAddr: number): void {
    const { area } = this;
    let nextFlashPage = area.nextPage(this.writeAddr) || area.end;
    while (this.used) {
      let chunk = this.used;
      if (chunk + this.tail > this.ring.length) chunk = this.ring.length - this.tail;
      if (chunk + this.writeAddr > nextFlashPage) chunk = nextFlashPage - this.writeAddr;
      if (readAddr < nextFlashPage) return;
      const page = area.pageOf(this.writeAddr);
      if (page && page.start === this.writeAddr) area.flash.erase(this.writeAddr);
      area.flash.program(this.writeAddr, this.ring.slice(this.tail, this.tail + chunk));
      this.writeAddr += chunk;
      nextFlashPage = area.nextPage(this.writeAddr) || area.end;
      this.tail = (this.tail + chunk) % this.ring.length;
      this.used -= chunk;
    }
  }
}
