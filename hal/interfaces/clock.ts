export type TimerId = number;

export interface Clock {
  /** Milliseconds (float) on the board's clock, the scale of input change times. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerId;
  setInterval(callback: () => void, ms: number): TimerId;
  /** Cancels a timeout or an interval. Unknown or already-fired ids are ignored. */
  clear(id: TimerId): void;
}
