/**
 * Every MFRC522 in a board's card reader list, connected with its SPI bus, chip select and reset
 * line. Create it after the lock outputs are secured: it sends SPI traffic and starts a timer.
 */
import type { CardReaderDefinition } from "../board";
import type { CardRead } from "../interfaces/devices";
import type { Hal } from "../interfaces/hal";
import { connectMfrc522, type Mfrc522Reader } from "./mfrc522";

/** Field polls per second: a tap is seen within 150 ms and the bus stays mostly idle. */
export const MFRC522_POLL_MS = 150;

export interface Mfrc522ReadersOptions {
  onCard: (card: CardRead) => void;
  onCardRemoved: (reader: number, timeMs: number) => void;
  onFault: (reader: number, fault: string, timeMs: number) => void;
  onRecovered: (reader: number, timeMs: number) => void;
}

/** Readers by their index in `readers` (undefined for other kinds). */
export function connectMfrc522Readers(
  hal: Hal,
  readers: CardReaderDefinition[],
  options: Mfrc522ReadersOptions,
): Array<Mfrc522Reader | undefined> {
  const connected: Array<Mfrc522Reader | undefined> = [];
  for (let index = 0; index < readers.length; index++) {
    const definition = readers[index];
    if (definition.kind !== "mfrc522") {
      connected.push(undefined);
      continue;
    }
    // NRSTPD low holds the chip in reset: idle (high) lets it run.
    const reset = definition.rst !== undefined ? hal.digitalOutput({ pin: definition.rst, activeLow: true }) : undefined;
    connected.push(
      connectMfrc522({
        spi: hal.spiBus(definition.spi),
        cs: definition.cs,
        reset: reset,
        clock: hal.clock,
        reader: index,
        pollMs: MFRC522_POLL_MS,
        onCard: options.onCard,
        onCardRemoved: options.onCardRemoved,
        onFault: options.onFault,
        onRecovered: options.onRecovered,
      }),
    );
  }
  return connected;
}
