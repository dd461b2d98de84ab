import type { DigitalInput, PulseInputOptions } from "../interfaces/digital";
import { resolvePin } from "./pins";

/**
 * Wiegand pulses are 20–100 µs. setWatch with `debounce: 0` queues every edge from the pin
 * interrupt with its own timestamp, so the callback may run milliseconds later and still see
 * when the edge happened; any debounce above 0 would swallow the pulse whole. Only the leading
 * edge is watched: one queue slot per bit instead of two (the event queue holds 64–128 edges,
 * shared with serial input). `irq: true` is only for native (compiled) functions and is not used;
 * nRF52's `hispeed` does not apply to the STM32 and ESP32 boards this runs on.
 */
export function createPulseInput(options: PulseInputOptions): DigitalInput {
  const pin = resolvePin(options.pin);
  const activeLow = options.activeLow;
  const onPulse = options.onPulse;

  function readActive(): boolean {
    return (digitalRead(pin) === 1) !== activeLow;
  }

  function mode(): EspruinoPinMode {
    if (options.pull === "up") return "input_pullup";
    if (options.pull === "down") return "input_pulldown";
    return "input";
  }

  pinMode(pin, mode());

  function handleEdge(event: WatchEvent): void {
    // A throwing handler would otherwise cost the watch (and every card after it).
    try {
      onPulse(event.time * 1000);
    } catch (error) {
      console.log("Pulse input " + options.pin + " handler failed: " + error);
    }
  }

  let watchId: number | undefined = setWatch(handleEdge, pin, {
    repeat: true,
    edge: activeLow ? "falling" : "rising",
    debounce: 0,
  });

  return {
    isActive: readActive,
    close(): void {
      if (watchId === undefined) return;
      clearWatch(watchId);
      watchId = undefined;
    },
  };
}
