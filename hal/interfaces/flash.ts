import type { FlashRegionDefinition } from "../board";

/**
 * Raw NOR flash outside Storage (the board's `flash.free` regions): erase sets a whole unit to
 * 0xFF, programming can only clear bits (result = old AND new). Addresses outside the regions are
 * refused, so a bug cannot erase the interpreter or Storage.
 */
export interface FlashPages {
  readonly regions: FlashRegionDefinition[];
  read(address: number, length: number): Uint8Array;
  program(address: number, bytes: Uint8Array): void;
  /** Erases the erase unit containing `address`. */
  erase(address: number): void;
  /** The erase unit containing `address`. */
  eraseUnitAt(address: number): { start: number; size: number };
}
