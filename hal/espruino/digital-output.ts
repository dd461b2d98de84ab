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
  // digitalWrite on a pin in automatic mode makes it an output first and sets the level after
  // (jshPinOutput): a fresh pin would drive 0 for a moment, the released level of an active-low
  // lock. So: the pin's input mode made manual (its pull kept; digitalWrite then only sets the
  // output latch), the latch, then output mode: it comes out already at its idle level.
  const inputMode = getPinMode(pin);
  pinMode(pin, inputMode === "input_pullup" || inputMode === "input_pulldown" ? inputMode : "input");
  output.setActive(active);
  pinMode(pin, options.openDrain === true ? "opendrain" : "output");
  return output;
}
