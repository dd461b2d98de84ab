/** FlashPages over the virtual NOR flash model, so firmware persistence runs on the host with real flash semantics. */
import type { FlashPages } from "../../../hal/interfaces/flash";
import { NorFlash } from "../../../hal/virtual/flash/nor-flash";
import { createPortableCrypto } from "../../../hal/crypto/portable-crypto";

export const crypto = createPortableCrypto();
export const crc32 = crypto.crc32;

export function hostFlashPages(nor: NorFlash): FlashPages {
  const regions = [{ start: 0, size: 0, eraseUnit: 0 }];
  return {
    regions,
    read: (address, length) => nor.read(address, length),
    program: (address, bytes) => nor.program(address, bytes),
    erase: (address) => nor.erase(address),
    eraseUnitAt: (address) => nor.eraseUnitAt(address),
  };
}

/** 64 KB of 4 KB pages at 0x10000 with strict programming (programming a non-erased byte throws). */
export function smallFlash(): NorFlash {
  return new NorFlash({ base: 0x10000, regions: [{ start: 0x10000, size: 0x10000, eraseUnit: 4096 }], strict: true });
}

export const STATE_PARTITION = { start: 0x10000, size: 8192 };
