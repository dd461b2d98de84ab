import type { PinName, SpiBusDefinition } from "../board";

export type SpiBusOptions = SpiBusDefinition;

export interface SpiBus {
  /**
   * Selects the device on `cs` (driven low for the transfer, high after), clocks `bytes` out and
   * returns the bytes clocked in — same length.
   */
  transfer(cs: PinName, bytes: Uint8Array): Uint8Array;
}

export interface I2cBusOptions {
  /** Hardware I2C peripheral name ("I2C1", ...). */
  bus: string;
  scl: PinName;
  sda: PinName;
  /** Hz, usually 100000 or 400000. */
  bitrate: number;
}

export interface I2cBus {
  /** 7-bit address. Throws when the device does not acknowledge. */
  writeTo(address: number, bytes: Uint8Array): void;
  /** 7-bit address; returns exactly `length` bytes. Throws when the device does not acknowledge. */
  readFrom(address: number, length: number): Uint8Array;
}
