/**
 * A Hal whose digitalOutput/digitalInput also accept expander pin names ("X0.A3": expander 0,
 * port A, bit 3), so the locker bank and every other driver use expander pins like the board's
 * own. Each expander is connected (over its I2C bus, with its interrupt line) when one of its
 * pins is first asked for; other pins go to the Hal unchanged.
 */
import type { ExpanderDefinition } from "../board";
import type { I2cBus } from "../interfaces/bus";
import type { DigitalInput, DigitalInputOptions, DigitalOutput, DigitalOutputOptions } from "../interfaces/digital";
import type { Hal } from "../interfaces/hal";
import { connectMcp23017, type Mcp23017 } from "./mcp23017";

export interface ExpanderPin {
  expander: number;
  /** 0-15: A0..A7, B0..B7. */
  bit: number;
}

/** "X<n>.<A|B><0-7>" → expander and bit; undefined for any other name. */
export function parseExpanderPin(pin: string): ExpanderPin | undefined {
  const dot = pin.indexOf(".");
  if (pin.charAt(0) !== "X" || dot < 2 || pin.length !== dot + 3) return undefined;
  const expander = parseInt(pin.substring(1, dot), 10);
  const port = pin.charAt(dot + 1);
  const bit = parseInt(pin.charAt(dot + 2), 10);
  if (isNaN(expander) || (port !== "A" && port !== "B") || isNaN(bit) || bit > 7) return undefined;
  return { expander: expander, bit: (port === "B" ? 8 : 0) + bit };
}

export interface ExpanderCallbacks {
  onFault: (expander: number, fault: string, timeMs: number) => void;
  onRecovered: (expander: number, timeMs: number) => void;
}

export function halWithExpanders(hal: Hal, expanders: ExpanderDefinition[], callbacks: ExpanderCallbacks): Hal {
  const connected: Array<Mcp23017 | undefined> = [];
  const buses: { [name: string]: I2cBus } = {};

  function connect(index: number): Mcp23017 {
    const existing = connected[index];
    if (existing !== undefined) return existing;
    const definition = expanders[index];
    if (definition === undefined) throw new Error("No expander " + index);
    let bus = buses[definition.i2c.bus];
    if (bus === undefined) {
      bus = hal.i2cBus(definition.i2c);
      buses[definition.i2c.bus] = bus;
    }
    const interruptPin = definition.interrupt;
    const expander = connectMcp23017({
      i2c: bus,
      address: definition.address,
      clock: hal.clock,
      openInterrupt:
        interruptPin === undefined
          ? undefined
          : function (onAsserted: () => void): DigitalInput {
              return hal.digitalInput({
                pin: interruptPin,
                activeLow: true,
                pull: "up",
                debounceMs: 0,
                onChange: function (active: boolean): void {
                  if (active) onAsserted();
                },
              });
            },
      onFault: function (fault: string, timeMs: number): void {
        callbacks.onFault(index, fault, timeMs);
      },
      onRecovered: function (timeMs: number): void {
        callbacks.onRecovered(index, timeMs);
      },
    });
    connected[index] = expander;
    return expander;
  }

  return {
    board: hal.board,
    clock: hal.clock,
    flash: hal.flash,
    store: hal.store,
    crypto: hal.crypto,
    net: hal.net,
    watchdog: hal.watchdog,
    resetCause: hal.resetCause,
    log: hal.log,
    system: hal.system,
    digitalOutput: function (options: DigitalOutputOptions): DigitalOutput {
      const at = parseExpanderPin(options.pin);
      if (at === undefined) return hal.digitalOutput(options);
      const output = connect(at.expander).output(at.bit, options.activeLow);
      if (options.initiallyActive === true) output.setActive(true);
      return output;
    },
    digitalInput: function (options: DigitalInputOptions): DigitalInput {
      const at = parseExpanderPin(options.pin);
      if (at === undefined) return hal.digitalInput(options);
      return connect(at.expander).input(at.bit, options);
    },
    // Pulses (Wiegand data lines) need the MCU's own watches: never an expander pin.
    pulseInput: hal.pulseInput,
    spiBus: hal.spiBus,
    i2cBus: hal.i2cBus,
    serialPort: hal.serialPort,
  };
}
