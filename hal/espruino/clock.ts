import type { Clock, TimerId } from "../interfaces/clock";

export function createClock(): Clock {
  return {
    now(): number {
      return getTime() * 1000;
    },
    setTimeout(callback: () => void, ms: number): TimerId {
      return setTimeout(callback, ms);
    },
    setInterval(callback: () => void, ms: number): TimerId {
      return setInterval(callback, ms);
    },
    clear(id: TimerId): void {
      // clearTimeout(undefined) throws and clearTimeout() clears every timer: only pass real ids.
      if (typeof id === "number") clearTimeout(id);
    },
  };
}
