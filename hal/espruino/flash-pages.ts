import type { FlashRegionDefinition } from "../board";
import type { FlashPages } from "../interfaces/flash";

function regionHolding(regions: FlashRegionDefinition[], address: number, length: number): FlashRegionDefinition {
  for (const region of regions) {
    if (address >= region.start && address + length <= region.start + region.size) return region;
  }
  throw new Error("Flash 0x" + address.toString(16) + "+" + length + " is outside the board's free regions");
}

export function createFlashPages(regions: FlashRegionDefinition[]): FlashPages {
  const flash = require("Flash");

  function eraseUnitAt(address: number): { start: number; size: number } {
    const region = regionHolding(regions, address, 1);
    const start = region.start + Math.floor((address - region.start) / region.eraseUnit) * region.eraseUnit;
    return { start: start, size: region.eraseUnit };
  }

  return {
    regions: regions,
    read(address: number, length: number): Uint8Array {
      regionHolding(regions, address, length);
      return flash.read(length, address);
    },
    program(address: number, bytes: Uint8Array): void {
      regionHolding(regions, address, bytes.length);
      flash.write(bytes, address);
    },
    erase(address: number): void {
      flash.erasePage(eraseUnitAt(address).start);
    },
    eraseUnitAt: eraseUnitAt,
  };
}
