/**
 * Which pin names a board file may use, per Espruino build, and what each pin can do.
 *
 * Facts from the interpreter's board files (espruino/Espruino at c5ff787b1, the build ESPRUINO.md
 * was measured on): boards/PICO_R1_3.py (pads: `board` top/bottom/right; on-board parts: `devices`),
 * boards/ESPRUINOWIFI.py (same, plus the ESP8266 module's pins), boards/ESP32.py (`get_pins`
 * generates D0..D39; header layout `board_esp32`). Pins the interpreter knows but a locker board must
 * not use are listed as reserved with the reason, so an error can say why.
 */
import type { BoardDefinition } from "../../hal/board";

export type EspruinoBoardName = BoardDefinition["espruinoBoard"];

export interface PinCapabilities {
  /** Can drive a level (false: input-only silicon). */
  output: boolean;
  /** Has an internal pull-up/pull-down the firmware can enable. */
  internalPull: boolean;
  /** Sampled at reset to choose the boot mode: a lock output here could release during reset. */
  strapping?: string;
  /** Wired to an on-board LED and not broken out: usable only as an LED output. */
  onBoardLed?: string;
}

export interface BoardPins {
  pins: Record<string, PinCapabilities>;
  /** Pins the interpreter knows that a locker board must not use, with the reason. */
  reserved: Record<string, string>;
  /**
   * STM32: one EXTI line per pin number, so two watched inputs may not share a number (A1 and B1);
   * setWatch warns and the second watch never fires (src/jswrap_io.c, setWatch docs).
   */
  oneWatchPerPinNumber: boolean;
  /** Hardware SPI peripherals the build offers. */
  spiBuses: string[];
}

const gpio: PinCapabilities = { output: true, internalPull: true };

function plainPins(names: string[]): Record<string, PinCapabilities> {
  const pins: Record<string, PinCapabilities> = {};
  for (const name of names) pins[name] = gpio;
  return pins;
}

// PICO_R1_3.py `board`: top B15 B14 B13 B10 B1 A7 A6 A5, bottom B3 B4 B5 (B6 B7) A8,
// right A4 A3 A2 A1 A0 A10 B9 B8. LED1 = B2, LED2 = B12 (`devices`), not on pads.
const picoPins: BoardPins = {
  pins: {
    ...plainPins(["B15", "B14", "B13", "B10", "B1", "A7", "A6", "A5", "B3", "B4", "B5", "A8"]),
    ...plainPins(["A4", "A3", "A2", "A1", "A0", "A10", "B9", "B8"]),
    B2: { output: true, internalPull: true, onBoardLed: "LED1 (red)" },
    B12: { output: true, internalPull: true, onBoardLed: "LED2 (green)" },
  },
  reserved: {
    B6: "Serial1 TX: the console moves there whenever USB is unplugged",
    B7: "Serial1 RX: the console moves there whenever USB is unplugged",
    A9: "USB VBUS sense, wired straight to USB 5 V",
    A11: "USB D-",
    A12: "USB D+",
    A13: "SWD (SWDIO), underside pads only",
    A14: "SWD (SWCLK), underside pads only",
    A15: "JTAG TDI, underside pads only",
    B0: "drives the on-board FET when the FET jumper is shorted",
    C13: "BTN1, the safe-boot button",
    C14: "32 kHz crystal pads",
    C15: "32 kHz crystal pads",
    H0: "main oscillator",
    H1: "main oscillator",
  },
  oneWatchPerPinNumber: true,
  spiBuses: ["SPI1", "SPI2", "SPI3"],
};

// ESPRUINOWIFI.py `board`: left B15 B14 B13 B10 B1 A7 A6 A5 A4 A1 A0, right B3 B4 B5 (B6 B7) B8 B9 B0,
// left2 A10 A8. A2/A3/A13/A14/A15 belong to the ESP8266 (`devices` ESP8266).
const wifiPins: BoardPins = {
  pins: {
    ...plainPins(["B15", "B14", "B13", "B10", "B1", "A7", "A6", "A5", "A4", "A1", "A0"]),
    ...plainPins(["B3", "B4", "B5", "B8", "B9", "B0", "A10", "A8"]),
    B2: { output: true, internalPull: true, onBoardLed: "LED1 (red)" },
    B12: { output: true, internalPull: true, onBoardLed: "LED2 (green)" },
  },
  reserved: {
    B6: "Serial1 TX: the console moves there whenever USB is unplugged",
    B7: "Serial1 RX: the console moves there whenever USB is unplugged",
    A2: "ESP8266 RX (Serial2)",
    A3: "ESP8266 TX (Serial2)",
    A13: "ESP8266 GPIO0 (and SWDIO)",
    A14: "ESP8266 CH_PD (and SWCLK)",
    A15: "ESP8266 CTS",
    A9: "USB VBUS sense, wired straight to USB 5 V",
    A11: "USB D-",
    A12: "USB D+",
    C13: "BTN1, the safe-boot button",
    C14: "32 kHz crystal",
    C15: "32 kHz crystal",
    H0: "main oscillator",
    H1: "main oscillator",
  },
  oneWatchPerPinNumber: true,
  spiBuses: ["SPI1", "SPI2", "SPI3"],
};

// ESP32.py generates D0..D39; a DevKitC (ESP32-WROOM-32) breaks out the ones below.
const esp32Pins: BoardPins = {
  pins: {
    ...plainPins(["D4", "D13", "D14", "D16", "D17", "D18", "D19", "D21", "D22", "D23"]),
    ...plainPins(["D25", "D26", "D27", "D32", "D33"]),
    D0: { output: true, internalPull: true, strapping: "GPIO0: low at reset enters the ROM download mode (BOOT button, BTN1)" },
    D2: { output: true, internalPull: true, strapping: "GPIO2: must be low or floating for download mode (LED1 in ESP32.py)" },
    D5: { output: true, internalPull: true, strapping: "GPIO5: SDIO timing strap, pulled up at reset" },
    D12: { output: true, internalPull: true, strapping: "GPIO12 (MTDI): high at reset selects 1.8 V flash and the board fails to boot" },
    D15: { output: true, internalPull: true, strapping: "GPIO15 (MTDO): boot-log / SDIO timing strap" },
    D34: { output: false, internalPull: false },
    D35: { output: false, internalPull: false },
    D36: { output: false, internalPull: false },
    D39: { output: false, internalPull: false },
  },
  reserved: {
    D1: "UART0 TX, the console through the USB-serial bridge",
    D3: "UART0 RX, the console through the USB-serial bridge",
    D6: "SPI flash (SCK)",
    D7: "SPI flash (D0)",
    D8: "SPI flash (D1)",
    D9: "SPI flash (D2)",
    D10: "SPI flash (D3)",
    D11: "SPI flash (CMD)",
    D20: "not bonded out on ESP32-WROOM-32",
    D24: "does not exist on ESP32",
    D28: "does not exist on ESP32",
    D29: "does not exist on ESP32",
    D30: "does not exist on ESP32",
    D31: "does not exist on ESP32",
    D37: "not broken out on a DevKitC (ESP32-WROOM-32)",
    D38: "not broken out on a DevKitC (ESP32-WROOM-32)",
  },
  oneWatchPerPinNumber: false,
  // Espruino's ESP32 SPI1 is HSPI (D14/D12/D13 by default), SPI2 is VSPI (D18/D19/D23).
  spiBuses: ["SPI1", "SPI2"],
};

function virtualPinNames(): string[] {
  const names: string[] = [];
  for (let i = 0; i < 64; i++) names.push(`D${i}`);
  return names;
}

const virtualPins: BoardPins = {
  pins: plainPins(virtualPinNames()),
  reserved: {},
  oneWatchPerPinNumber: false,
  spiBuses: ["SPI1", "SPI2"],
};

export const boardPins: Record<EspruinoBoardName, BoardPins> = {
  PICO_R1_3: picoPins,
  ESPRUINOWIFI: wifiPins,
  ESP32: esp32Pins,
  VIRTUAL: virtualPins,
};

/** The number an STM32 pin name's EXTI line follows ("B13" → 13). */
export function pinNumber(pin: string): number {
  return Number(pin.replace(/^[A-Z]+/, ""));
}
