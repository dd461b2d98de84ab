/** Flash layouts of the real boards, for the virtual-flash tests. */
import { NorFlash } from "../../hal/virtual/flash/nor-flash";
import { EspruinoStorage } from "../../hal/virtual/flash/storage";

const KB = 1024;
export const STM32_FLASH = 0x08000000;

/** STM32F401 on the Espruino Pico: 4 x 16 KB, 64 KB, then 128 KB sectors (the last one undocumented). */
export function picoFlash(opts: { strict?: boolean } = {}): NorFlash {
  return new NorFlash({
    base: STM32_FLASH,
    strict: opts.strict,
    regions: [
      { start: STM32_FLASH, size: 64 * KB, eraseUnit: 16 * KB },
      { start: STM32_FLASH + 64 * KB, size: 64 * KB, eraseUnit: 64 * KB },
      { start: STM32_FLASH + 128 * KB, size: 384 * KB, eraseUnit: 128 * KB },
    ],
  });
}

/** Pico Storage: sectors 1-3 (3 x 16 KB at 0x08004000). */
export const PICO_STORAGE = { start: STM32_FLASH + 16 * KB, size: 48 * KB, eraseUnit: 16 * KB };

export function picoStorage(): { flash: NorFlash; storage: EspruinoStorage } {
  const flash = picoFlash();
  return { flash, storage: new EspruinoStorage(flash, PICO_STORAGE) };
}

/** ESP32-like: 4 KB erase pages everywhere; Storage 16 KB (small, so tests fill it quickly). */
export function smallPagedStorage(): { flash: NorFlash; storage: EspruinoStorage } {
  const flash = new NorFlash({ base: 0, regions: [{ start: 0, size: 64 * KB, eraseUnit: 4 * KB }] });
  return { flash, storage: new EspruinoStorage(flash, { start: 0x8000, size: 16 * KB, eraseUnit: 4 * KB }) };
}

export function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}
