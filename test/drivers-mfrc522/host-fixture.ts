/**
 * The MFRC522 driver on the host, its SpiBus wired straight to the register-level model and its
 * Clock to a VirtualClock: fast, and the same model the virtual board attaches to its SPI bus.
 */
import type { CardRead } from "../../hal/interfaces/devices";
import { connectMfrc522, type Mfrc522Options, type Mfrc522Reader } from "../../hal/drivers/mfrc522";
import { VirtualClock } from "../../hal/virtual/clock";
import { virtualClockPort } from "../../hal/virtual/clock-port";

export { virtualClockPort };
import { Mfrc522Model, type Mfrc522ModelOptions } from "../../hal/virtual/devices/mfrc522";

export const POLL_MS = 100;

export interface ReaderFixture {
  model: Mfrc522Model;
  clock: VirtualClock;
  reader: Mfrc522Reader;
  cards: CardRead[];
  removals: number[];
  faults: string[];
  recoveries: number[];
}

export function readerOnModel(
  modelOptions: Mfrc522ModelOptions = {},
  driverOptions: Partial<Mfrc522Options> = {},
  prepare: (model: Mfrc522Model) => void = () => {},
): ReaderFixture {
  const model = new Mfrc522Model(modelOptions);
  prepare(model);
  const clock = new VirtualClock();
  const fixture: Omit<ReaderFixture, "reader"> = { model, clock, cards: [], removals: [], faults: [], recoveries: [] };
  const reader = connectMfrc522({
    spi: { transfer: (_cs, bytes) => model.transfer(bytes) },
    cs: "D28",
    clock: virtualClockPort(clock),
    reader: 1,
    pollMs: POLL_MS,
    onCard: (card) => fixture.cards.push(card),
    onCardRemoved: (_reader, t) => fixture.removals.push(t),
    onFault: (_reader, fault) => fixture.faults.push(fault),
    onRecovered: (_reader, t) => fixture.recoveries.push(t),
    ...driverOptions,
  });
  return { ...fixture, reader };
}

export function hex(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function bytes(hexText: string): number[] {
  return (hexText.match(/../g) ?? []).map((h) => parseInt(h, 16));
}
