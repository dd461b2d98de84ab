import type { PinName } from "../board";

const resolvedPins: { [name: string]: Pin } = {};

/** The pin a board-data name designates; throws for a name this chip does not have. */
export function resolvePin(name: PinName): Pin {
  const known = resolvedPins[name];
  if (known !== undefined) return known;
  const pin = new Pin(name);
  if (pin === undefined) throw new Error("Unknown pin " + name);
  resolvedPins[name] = pin;
  return pin;
}
