import type { DigitalInput, PulseInputOptions } from "../interfaces/digital";
import { modeForPull } from "./digital-input";
import { resolvePin } from "./pins";

/**
 * Wiegand pulses are 20–100 µs. setWatch with `debounce: 0` queues every edge from the pin
 * interrupt with its own timestamp, so the callback may run milliseconds later and still see
 * when the edge happened; any debounce above 0 would swallow the pulse whole. Only the leading
 * edge is watched: one queue slot per bit instead of two (the event queue holds 64–128 edges,
 * shared with serial input). `irq: true` is only for native (compiled) functions and is not used;
 * nRF52's `hispeed` does not apply to the STM32 and ESP32 boards this runs on.
 *
 * Like PinInput (digital-input.ts): methods on the prototype, no options kept, names of at most
 * 4 characters.
 */
class PulseInput implements DigitalInput {
  private readonly pin: Pin;
  /** Active low. */
  private readonly low: boolean;
  private readonly fn: (timeMs: number) => void;
  /** The watch; -1 once closed. */
  private id = -1;

  constructor(pin: Pin, activeLow: boolean, onPulse: (timeMs: number) => void) {
    this.pin = pin;
    this.low = activeLow;
    this.fn = onPulse;
  }

  isActive(): boolean {
    return (digitalRead(this.pin) === 1) !== this.low;
  }

  watch(): void {
    this.id = setWatch(pulseHandler(this), this.pin, { repeat: true, edge: this.low ? "falling" : "rising", debounce: 0 });
  }

  pulse(event: WatchEvent): void {
    // A throwing handler would otherwise cost the watch (and every card after it).
    try {
      this.fn(event.time * 1000);
    } catch (error) {
      console.log("Pulse input " + this.pin + " handler failed: " + error);
    }
  }

  close(): void {
    if (this.id === -1) return;
    clearWatch(this.id);
    this.id = -1;
  }
}

/** The watch callback: its scope holds the input alone. */
function pulseHandler(input: PulseInput): (event: WatchEvent) => void {
  return function (event: WatchEvent): void {
    input.pulse(event);
  };
}

export function createPulseInput(options: PulseInputOptions): DigitalInput {
  const pin = resolvePin(options.pin);
  pinMode(pin, modeForPull(options.pull));
  const input = new PulseInput(pin, options.activeLow, options.onPulse);
  input.watch();
  return input;
}
