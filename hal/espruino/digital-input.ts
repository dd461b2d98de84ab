import type { DigitalInput, DigitalInputOptions } from "../interfaces/digital";
import { resolvePin } from "./pins";

function modeForPull(pull: "up" | "down" | "none"): EspruinoPinMode {
  if (pull === "up") return "input_pullup";
  if (pull === "down") return "input_pulldown";
  return "input";
}

export function createDigitalInput(options: DigitalInputOptions): DigitalInput {
  const pin = resolvePin(options.pin);
  const activeLow = options.activeLow;
  const onChange = options.onChange;

  function readActive(): boolean {
    return (digitalRead(pin) === 1) !== activeLow;
  }

  // The mode must be set before the watch: setWatch on a pin without a manual mode resets it to
  // a plain input, which would drop the pull resistor.
  pinMode(pin, modeForPull(options.pull));
  let lastReported = readActive();

  function handleEdge(event: WatchEvent): void {
    const active = event.state !== activeLow;
    if (active === lastReported) return;
    lastReported = active;
    // An exception escaping a watch callback makes Espruino drop the watch: a door sensor must
    // not go deaf because of one bad handler run.
    try {
      onChange(active, event.time * 1000);
    } catch (error) {
      console.log("Input " + options.pin + " handler failed: " + error);
    }
  }

  let watchId: number | undefined = setWatch(handleEdge, pin, {
    repeat: true,
    edge: "both",
    debounce: options.debounceMs,
  });

  return {
    isActive: readActive,
    close(): void {
      // clearWatch() without an id would remove every watch on the board.
      if (watchId === undefined) return;
      clearWatch(watchId);
      watchId = undefined;
    },
  };
}
