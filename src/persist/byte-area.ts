import type { FlashPages } from "../../hal/interfaces/flash";

/**
 * A window of NOR-like memory addressed from 0: reads anywhere, programs only clear bits.
 * Offsets and lengths given to `program` must be multiples of 4 (STM32 and ESP32 program words).
 */
export interface ByteArea {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
  program(offset: number, bytes: Uint8Array): void;
}

/** A ByteArea that can be set back to 0xFF as a whole (its own erase units, nothing else). */
export interface ErasableArea extends ByteArea {
  erase(): void;
}

function checkRange(area: ByteArea, offset: number, length: number): void {
  if (offset < 0 || length < 0 || offset + length > area.size) {
    throw new Error("area access " + offset + "+" + length + " outside 0.." + area.size);
  }
}

/** `size` bytes of raw flash at `start`; both must be whole erase units of `flash`. */
export function createFlashArea(flash: FlashPages, start: number, size: number): ErasableArea {
  const first = flash.eraseUnitAt(start);
  const last = flash.eraseUnitAt(start + size - 1);
  if (first.start !== start || last.start + last.size !== start + size) {
    throw new Error("flash area 0x" + start.toString(16) + "+" + size + " is not whole erase units");
  }
  const area: ErasableArea = {
    size: size,
    read(offset: number, length: number): Uint8Array {
      checkRange(area, offset, length);
      return flash.read(start + offset, length);
    },
    program(offset: number, bytes: Uint8Array): void {
      checkRange(area, offset, bytes.length);
      flash.program(start + offset, bytes);
    },
    erase(): void {
      let address = start;
      while (address < start + size) {
        const unit = flash.eraseUnitAt(address);
        flash.erase(unit.start);
        address = unit.start + unit.size;
      }
    },
  };
  return area;
}

/** Bytes `offset .. offset+size` of `area`, addressed from 0 (a slot's payload, a bank). */
export function subArea(area: ByteArea, offset: number, size: number): ByteArea {
  checkRange(area, offset, size);
  const view: ByteArea = {
    size: size,
    read(at: number, length: number): Uint8Array {
      checkRange(view, at, length);
      return area.read(offset + at, length);
    },
    program(at: number, bytes: Uint8Array): void {
      checkRange(view, at, bytes.length);
      area.program(offset + at, bytes);
    },
  };
  return view;
}

export function isErased(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0xff) return false;
  return true;
}
