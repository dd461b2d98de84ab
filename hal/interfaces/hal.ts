import type { BoardDefinition } from "../board";
import type { I2cBus, I2cBusOptions, SpiBus, SpiBusOptions } from "./bus";
import type { Clock } from "./clock";
import type { Crypto } from "./crypto";
import type { DigitalInput, DigitalInputOptions, DigitalOutput, DigitalOutputOptions, PulseInputOptions } from "./digital";
import type { FlashPages } from "./flash";
import type { KeyValueStore } from "./key-value-store";
import type { NetSockets } from "./net";
import type { SerialPort, SerialPortOptions } from "./serial";
import type { LogSink, ResetCause, SystemInfo, Watchdog } from "./system";

/**
 * Everything the firmware may ask of the hardware. Creating the Hal touches no pin: the firmware
 * decides the order (lock outputs first, at their secured level).
 */
export interface Hal {
  readonly board: BoardDefinition;
  readonly clock: Clock;
  readonly flash: FlashPages;
  readonly store: KeyValueStore;
  readonly crypto: Crypto;
  /** Present on boards with Wi-Fi. */
  readonly net: NetSockets | undefined;
  readonly watchdog: Watchdog;
  readonly resetCause: ResetCause;
  readonly log: LogSink;
  readonly system: SystemInfo;
  /** Drives the idle level (or `initiallyActive`) before returning. */
  digitalOutput(options: DigitalOutputOptions): DigitalOutput;
  digitalInput(options: DigitalInputOptions): DigitalInput;
  /** Leading edges only, undebounced (Wiegand data lines). */
  pulseInput(options: PulseInputOptions): DigitalInput;
  spiBus(options: SpiBusOptions): SpiBus;
  i2cBus(options: I2cBusOptions): I2cBus;
  serialPort(options: SerialPortOptions): SerialPort;
}
