import type { DigitalOutput, DigitalOutputOptions } from "../interfaces/digital";
import { resolvePin } from "./pins";

export function createDigitalOutput(options: DigitalOutputOptions): DigitalOutput {
  const pin = resolvePin(options.pin);
  const activeLow = options.activeLow;
  let active = options.initiallyActive === true;

  function drive(): void {
    digitalWrite(pin, active !== activeLow);
  }

  // digitalWrite sets the level before it makes the pin an output, so the pin never shows the
  // active level on the way; pinMode afterwards pins the mode so no later read can change it.
  drive();
  pinMode(pin, options.openDrain === true ? "opendrain" : "output");

  return {
    setActive(value: boolean): void {
      active = value;
      drive();
    },
    isActive(): boolean {
      return active;
    },
  };
}
