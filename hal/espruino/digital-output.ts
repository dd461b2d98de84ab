import type { DigitalOutput, DigitalOutputOptions } from "../interfaces/digital";
import { resolvePin } from "./pins";

/**
 * One per lock, LED and keypad row, so it holds only what driving the pin needs: methods live on
 * the shared prototype, the options object is dropped, and property names stay within the 4
 * characters Espruino stores inside a property's own variable.
 */
class PinOutput implements DigitalOutput {
  private readonly pin: Pin;
  /** Active low. */
  private readonly low: boolean;
  private on: boolean;

  constructor(pin: Pin, activeLow: boolean, active: boolean) {
    this.pin = pin;
    this.low = activeLow;
    this.on = active;
  }

  setActive(value: boolean): void {
    this.on = value;
    digitalWrite(this.pin, value !== this.low);
  }

  isActive(): boolean {
    return this.on;
  }
}

export function createDigitalOutput(options: DigitalOutputOptions): DigitalOutput {
  const pin = resolvePin(options.pin);
  const active = options.initiallyActive === true;
  const output = new PinOutput(pin, options.activeLow, active);
  // digitalWrite sets the level before it makes the pin an output, so the pin never shows the
  // active level on the way; pinMode afterwards pins the mode so no later read can change it.
  output.setActive(active);
  pinMode(pin, options.openDrain === true ? "opendrain" : "output");
  return output;
}
