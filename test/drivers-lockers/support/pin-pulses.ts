import type { OutputPinDefinition } from "../../../hal/board";
import type { VirtualPin } from "../../../hal/virtual/virtual-board";

/** Intervals (ms, from..to) during which an output was at its active level, from the pin's history. */
export function activeIntervals(pin: VirtualPin, definition: OutputPinDefinition, fromMs = 0): Array<[number, number]> {
  const activeLevel = definition.activeLow ? 0 : 1;
  const intervals: Array<[number, number]> = [];
  let since: number | undefined;
  for (const h of pin.history) {
    const active = (h.mode === "output" || h.mode === "opendrain") && h.level === activeLevel;
    if (active && since === undefined) since = h.timeMs;
    if (!active && since !== undefined) {
      intervals.push([since, h.timeMs]);
      since = undefined;
    }
  }
  if (since !== undefined) intervals.push([since, Infinity]);
  return intervals.filter(([, to]) => to > fromMs).map(([from, to]) => [from - fromMs, to - fromMs]);
}
