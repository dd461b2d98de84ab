/**
 * What each Espruino build fixes and a board file cannot choose: where Storage is, how flash
 * erases, what flash belongs to the bootloader and interpreter, the variable count, crypto.
 *
 * Sources (espruino/Espruino at c5ff787b1): boards/PICO_R1_3.py (variables, libraries, saved_code),
 * boards/ESPRUINOWIFI.py (same), boards/ESP32.py (same); targets/stm32/jshardware.c
 * (jshFlashGetSector: STM32F4 sectors of 16/16/16/16/64/128... KB; jshFlashGetFree);
 * targets/esp32/jshardware.c (jshFlashGetFree) and targets/esp32/Changes_V3.1/partitions_espruino.csv;
 * make/crypto/default.make (TLS implies AES).
 */
import type { CryptoDefinition, FlashRegionDefinition } from "../../hal/board";
import type { EspruinoBoardName } from "./pin-names";

const KB = 1024;

export interface ReservedFlash {
  start: number;
  size: number;
  what: string;
}

export interface EspruinoBuild {
  /** `variables` in the board's .py (upper bound for ramVariables). */
  maxVariables: number;
  /** `saved_code` in the board's .py: where the interpreter keeps Storage. Undefined: any. */
  storage?: FlashRegionDefinition;
  /** Addressable flash, [start, end). */
  flashStart: number;
  flashEnd: number;
  eraseUnitAt(address: number): number;
  reserved: ReservedFlash[];
  /** Crypto compiled into the build. Undefined: any (the virtual board can pretend either way). */
  crypto?: CryptoDefinition;
  hasWifi: boolean;
  /** Has the `USB` CDC device (STM32 boards); the ESP32 console is UART0 behind a USB bridge. */
  hasUsbCdc: boolean;
}

const STM32_FLASH = 0x08000000;

/** STM32F4 sector sizes, as targets/stm32/jshardware.c jshFlashGetSector maps them. */
function stm32f4EraseUnitAt(address: number): number {
  const offset = address - STM32_FLASH;
  if (offset < 64 * KB) return 16 * KB;
  if (offset < 128 * KB) return 64 * KB;
  return 128 * KB;
}

export const espruinoBuilds: Record<EspruinoBoardName, EspruinoBuild> = {
  PICO_R1_3: {
    maxVariables: 5100,
    storage: { start: 0x08004000, size: 3 * 16 * KB, eraseUnit: 16 * KB },
    flashStart: STM32_FLASH,
    // 384 KB specified; jshFlashGetFree also offers the die's undocumented last 128 KB sector.
    flashEnd: STM32_FLASH + 512 * KB,
    eraseUnitAt: stm32f4EraseUnitAt,
    reserved: [
      { start: STM32_FLASH, size: 16 * KB, what: "the bootloader" },
      // place_text_section 0x10000, flash_available 384-64 KB
      { start: STM32_FLASH + 64 * KB, size: 320 * KB, what: "the interpreter" },
    ],
    crypto: { sha256: true, sha512: false, aes: true, tls: true },
    hasWifi: false,
    hasUsbCdc: true,
  },
  ESPRUINOWIFI: {
    maxVariables: 8190,
    storage: { start: 0x08010000, size: 64 * KB, eraseUnit: 64 * KB },
    flashStart: STM32_FLASH,
    flashEnd: STM32_FLASH + 512 * KB,
    eraseUnitAt: stm32f4EraseUnitAt,
    reserved: [
      { start: STM32_FLASH, size: 16 * KB, what: "the bootloader" },
      // place_text_section 0x20000, flash_available 512-128 KB
      { start: STM32_FLASH + 128 * KB, size: 384 * KB, what: "the interpreter" },
    ],
    crypto: { sha256: true, sha512: true, aes: true, tls: true },
    hasWifi: true,
    hasUsbCdc: true,
  },
  ESP32: {
    maxVariables: 16383,
    storage: { start: 0x320000, size: 224 * 4 * KB, eraseUnit: 4 * KB },
    flashStart: 0,
    flashEnd: 4 * KB * KB,
    eraseUnitAt: () => 4 * KB,
    reserved: [
      { start: 0, size: 0xe000, what: "the bootloader, partition table, nvs and otadata" },
      { start: 0x10000, size: 0x300000, what: "the interpreter's app partitions (factory, ota_0)" },
    ],
    crypto: { sha256: true, sha512: true, aes: true, tls: true },
    hasWifi: true,
    hasUsbCdc: false,
  },
  VIRTUAL: {
    maxVariables: 65535,
    flashStart: 0,
    flashEnd: 16 * KB * KB,
    eraseUnitAt: () => 4 * KB,
    reserved: [],
    hasWifi: true,
    hasUsbCdc: true,
  },
};
