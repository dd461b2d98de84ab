/**
 * require("Flash") for the virtual board: raw access to flash pages outside Storage and firmware.
 * Like the interpreter, write() accepts any address and length (ragged words are read, patched
 * and programmed whole) and only clears bits; nothing stops code from erasing Storage or firmware.
 */
import { programAligned } from "./aligned-write";
import type { NorFlash } from "./nor-flash";
import { bytesOfValue } from "./storage";

export interface FlashArea {
  addr: number;
  length: number;
}

export interface FlashModule {
  /** Page-aligned areas used by nothing (what the board's jshFlashGetFree reports). */
  getFree(): FlashArea[];
  /** The erase unit containing addr, or undefined outside flash. */
  getPage(addr: number): FlashArea | undefined;
  erasePage(addr: unknown): void;
  write(data: unknown, addr: number): void;
  /** undefined for a length <= 0, like the interpreter. */
  read(length: number, addr: number): Uint8Array | undefined;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "Array";
  const t = typeof value;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function createFlashModule(flash: NorFlash, freeRegions: FlashArea[]): FlashModule {
  for (const area of freeRegions) {
    const first = flash.eraseUnitAt(area.addr);
    const last = flash.eraseUnitAt(area.addr + area.length - 1);
    if (first.start !== area.addr || last.start + last.size !== area.addr + area.length) {
      throw new Error(`Flash: free area 0x${area.addr.toString(16)} (+${area.length}) does not start and end on erase-unit boundaries`);
    }
  }
  const free = freeRegions.map((a) => ({ addr: a.addr, length: a.length }));
  return {
    getFree: () => free.map((a) => ({ addr: a.addr, length: a.length })),
    getPage(addr) {
      try {
        const unit = flash.eraseUnitAt(addr);
        return { addr: unit.start, length: unit.size };
      } catch {
        return undefined;
      }
    },
    erasePage(addr) {
      if (typeof addr !== "number" || !Number.isInteger(addr)) throw new Error(`Address should be an integer, got ${describeType(addr)}`);
      flash.erase(addr);
    },
    write(data, addr) {
      if (data === undefined) throw new Error("Data is not defined");
      const bytes = bytesOfValue(data);
      if (bytes.length) programAligned(flash, Math.trunc(addr), bytes);
    },
    read(length, addr) {
      if (!(length > 0)) return undefined;
      return flash.read(Math.trunc(addr), Math.trunc(length));
    },
  };
}
