/**
 * Firmware-side probe for the mangling test: the forms whose property names cross the bundle's
 * boundary or are looked up at run time. Prints one line per check on the console.
 */
import { formatEventLine, type FirmwareEvent } from "../../../src/events";

/** Keys written unquoted and looked up by a string that arrives at run time. */
const LOCKER_EVENT_NAMES: { [type: string]: string } = { released: "lock-released", relocked: "lock-relocked" };

function eventName(type: string): string {
  const name = LOCKER_EVENT_NAMES[type];
  return name !== undefined ? name : "unknown";
}

interface ResetOptions {
  /** Absent on purpose: reading it must give undefined, not something Espruino puts on every object. */
  resetPin?: string;
  pulseMs: number;
}

class PulseCounter {
  private pulses = 0;
  private readonly options: ResetOptions;
  constructor(options: ResetOptions) {
    this.options = options;
  }
  pulse(): number {
    this.pulses += this.options.pulseMs;
    return this.pulses;
  }
  hasReset(): boolean {
    return this.options.resetPin !== undefined;
  }
}

const types = ["released", "relocked", "forced"];
for (let i = 0; i < types.length; i++) console.log("name " + eventName(types[i]));
const counter = new PulseCounter({ pulseMs: 5 });
counter.pulse();
console.log("pulses " + counter.pulse() + " reset " + counter.hasReset());
const event: FirmwareEvent = { t: 7, type: "boot", locker: 2, reason: "none", detail: "probe" };
console.log(formatEventLine(event));
const bytes = new Uint8Array([1, 2, 3]);
console.log("builtins " + bytes.subarray(1).length + " " + [3, 1, 2].indexOf(2) + " " + Math.floor(2.5));
