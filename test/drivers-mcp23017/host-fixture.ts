/**
 * The MCP23017 driver on the host: its I2cBus is the virtual board's I2C bus model (a missing
 * device throws "I2C device not responding" as the interpreter does), its interrupt line a
 * virtual pin whose falling edge reaches the driver on the next turn of the clock, like a watch.
 */
import type { I2cBus } from "../../hal/interfaces/bus";
import { connectMcp23017, type Mcp23017, type Mcp23017Options } from "../../hal/drivers/mcp23017";
import { VirtualClock } from "../../hal/virtual/clock";
import { Mcp23017Model } from "../../hal/virtual/devices/mcp23017";
import { I2cBusModel } from "../../hal/virtual/runtime/buses";
import { VirtualPin } from "../../hal/virtual/runtime/pins";
import { virtualClockPort } from "../drivers-mfrc522/host-fixture";

export interface ExpanderFixture {
  model: Mcp23017Model;
  clock: VirtualClock;
  expander: Mcp23017;
  faults: string[];
  recoveries: number[];
}

export function i2cPort(bus: I2cBusModel): I2cBus {
  const device = (address: number) => {
    const found = bus.device(address);
    if (!found) throw new Error("I2C device not responding");
    return found;
  };
  return {
    writeTo: (address, bytes) => device(address).write(bytes),
    readFrom: (address, length) => device(address).read(length),
  };
}

export function expanderOnModel(options: Partial<Mcp23017Options> = {}, withInterrupt = true): ExpanderFixture {
  const clock = new VirtualClock();
  const bus = new I2cBusModel("I2C1");
  const interrupt = new VirtualPin("D40", 40, () => clock.nowMs);
  interrupt.setMode("input_pullup", true);
  const model = new Mcp23017Model(0x21, "X0", () => clock.nowMs).attach(bus, interrupt);
  const faults: string[] = [];
  const recoveries: number[] = [];
  const expander = connectMcp23017({
    i2c: i2cPort(bus),
    address: 0x21,
    clock: virtualClockPort(clock),
    openInterrupt: withInterrupt
      ? (onAsserted) => {
          interrupt.onChange((_pin, level) => {
            if (level === 0) clock.schedule(0, onAsserted);
          });
          return { isActive: () => interrupt.level === 0, close: () => {} };
        }
      : undefined,
    onFault: (fault) => faults.push(fault),
    onRecovered: (t) => recoveries.push(t),
    ...options,
  });
  return { model, clock, expander, faults, recoveries };
}

/** Register writes as "REG=value" after index `from`, for order checks. */
export function writesSince(model: Mcp23017Model, from: number): Array<{ reg: number; value: number }> {
  return model.writes.slice(from);
}
