import type { DigitalInput, DigitalInputOptions } from "../interfaces/digital";
import { resolvePin } from "./pins";

export function modeForPull(pull: "up" | "down" | "none"): EspruinoPinMode {
  if (pull === "up") return "input_pullup";
  if (pull === "down") return "input_pulldown";
  return "input";
}

/**
 * One per door, contact and keypad column, so it holds only what a change needs: methods live on
 * the shared prototype, the options object is dropped, and property names stay within the 4
 * characters Espruino stores inside a property's own variable.
 */
class PinInput implements DigitalInput {
  private readonly pin: Pin;
  /** Active low. */
  private readonly low: boolean;
  private readonly fn: (active: boolean, timeMs: number) => void;
  /** The logical state last reported. */
  private last: boolean;
  /** The watch; -1 once closed. */
  private id = -1;

  constructor(pin: Pin, activeLow: boolean, onChange: (active: boolean, timeMs: number) => void) {
    this.pin = pin;
    this.low = activeLow;
    this.fn = onChange;
    this.last = this.isActive();
  }

  isActive(): boolean {
    return (digitalRead(this.pin) === 1) !== this.low;
  }

  watch(debounceMs: number): void {
    this.id = setWatch(edgeHandler(this), this.pin, { repeat: true, edge: "both", debounce: debounceMs });
  }

  edge(event: WatchEvent): void {
    const active = event.state !== this.low;
    if (active === this.last) return;
    this.last = active;
    // An exception escaping a watch callback makes Espruino drop the watch: a door sensor must
    // not go deaf because of one bad handler run.
    try {
      this.fn(active, event.time * 1000);
    } catch (error) {
      console.log("Input " + this.pin + " handler failed: " + error);
    }
  }

  close(): void {
    // clearWatch() without an id would remove every watch on the board.
    if (this.id === -1) return;
    clearWatch(this.id);
    this.id = -1;
  }
}

/** The watch callback: its scope holds the input alone. */
function edgeHandler(input: PinInput): (event: WatchEvent) => void {
  return function (event: WatchEvent): void {
    input.edge(event);
  };
}

export function createDigitalInput(options: DigitalInputOptions): DigitalInput {
  const pin = resolvePin(options.pin);
  // The mode must be set before the watch (and before the first read): setWatch on a pin without
  // a manual mode resets it to a plain input, which would drop the pull resistor.
  pinMode(pin, modeForPull(options.pull));
  const input = new PinInput(pin, options.activeLow, options.onChange);
  input.watch(options.debounceMs);
  return input;
}
