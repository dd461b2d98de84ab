import type { I2cBus, I2cBusOptions } from "../interfaces/bus";
import { resolvePin } from "./pins";

function i2cNamed(name: string): EspruinoI2c {
  if (name === "I2C1") return I2C1;
  if (name === "I2C2") return I2C2;
  if (name === "I2C3") return I2C3;
  throw new Error("Unknown I2C bus " + name);
}

export function createI2cBus(options: I2cBusOptions): I2cBus {
  const i2c = i2cNamed(options.bus);
  i2c.setup({ scl: resolvePin(options.scl), sda: resolvePin(options.sda), bitrate: options.bitrate });
  return {
    writeTo(address: number, bytes: Uint8Array): void {
      i2c.writeTo(address, bytes);
    },
    readFrom(address: number, length: number): Uint8Array {
      return i2c.readFrom(address, length);
    },
  };
}
