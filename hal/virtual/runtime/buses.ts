/**
 * The board's SPI, I2C and serial ports, as wires that device models attach to. They outlive a
 * reboot (they are hardware); the firmware's SPI1/I2C1/USB objects are made per runtime on top.
 */
import type { PinBank, VirtualPin } from "./pins";

/** An SPI device: selected while its chip-select pin is low; one call per transfer. */
export interface SpiDevice {
  /** Bytes clocked out by the firmware (MOSI); returns what the device puts on MISO, same length. */
  transfer(mosi: Uint8Array): Uint8Array;
}

export class SpiBusModel {
  private devices: Array<{ cs: VirtualPin; device: SpiDevice }> = [];
  /** Every transfer, for tests (MOSI bytes and which chip selects were low). */
  readonly log: Array<{ mosi: number[]; selected: string[] }> = [];
  setupOptions: Record<string, unknown> | undefined;

  constructor(readonly name: string) {}

  attach(cs: VirtualPin, device: SpiDevice): () => void {
    const entry = { cs, device };
    this.devices.push(entry);
    return () => {
      this.devices = this.devices.filter((d) => d !== entry);
    };
  }

  /** MISO is pulled high: no selected device reads 0xFF; several selected devices AND together. */
  transfer(mosi: Uint8Array): Uint8Array {
    const selected = this.devices.filter((d) => d.cs.level === 0);
    this.log.push({ mosi: Array.from(mosi), selected: selected.map((d) => d.cs.name) });
    const miso = new Uint8Array(mosi.length).fill(0xff);
    for (const { device } of selected) {
      const reply = device.transfer(mosi.slice());
      for (let i = 0; i < miso.length; i++) miso[i] &= reply[i] ?? 0xff;
    }
    return miso;
  }
}

/** An I2C device at a 7-bit address. */
export interface I2cDevice {
  write(bytes: Uint8Array): void;
  read(count: number): Uint8Array;
}

export class I2cBusModel {
  private devices = new Map<number, I2cDevice>();
  setupOptions: Record<string, unknown> | undefined;

  constructor(readonly name: string) {}

  attach(address: number, device: I2cDevice): () => void {
    this.devices.set(address, device);
    return () => {
      if (this.devices.get(address) === device) this.devices.delete(address);
    };
  }

  device(address: number): I2cDevice | undefined {
    return this.devices.get(address & 0x7f);
  }
}

/** A UART or USB CDC port: bytes from the firmware out, bytes from the outside world in. */
export class SerialPortModel {
  private writeListeners: Array<(data: string) => void> = [];
  /** Everything the firmware wrote (char codes 0–255). */
  written = "";
  /** Where received bytes go; set by the runtime that currently owns the port. */
  receiver: ((data: string) => void) | undefined;
  baud: number | undefined;

  constructor(readonly name: string) {}

  /** Firmware side. */
  write(data: string): void {
    this.written += data;
    for (const listener of [...this.writeListeners]) listener(data);
  }

  onWrite(listener: (data: string) => void): () => void {
    this.writeListeners.push(listener);
    return () => {
      this.writeListeners = this.writeListeners.filter((l) => l !== listener);
    };
  }

  /** Outside world sends bytes to the board. */
  receive(data: string): void {
    this.receiver?.(data);
  }
}

export class BusSet {
  readonly spi: Record<string, SpiBusModel> = {};
  readonly i2c: Record<string, I2cBusModel> = {};
  readonly serial: Record<string, SerialPortModel> = {};

  constructor(readonly pins: PinBank) {
    for (const n of ["SPI1", "SPI2", "SPI3"]) this.spi[n] = new SpiBusModel(n);
    for (const n of ["I2C1", "I2C2", "I2C3"]) this.i2c[n] = new I2cBusModel(n);
    for (const n of ["USB", "Serial1", "Serial2"]) this.serial[n] = new SerialPortModel(n);
  }
}
