import type { Clock, TimerId } from "../interfaces/clock";

export interface SupplyOptions {
  clock: Clock;
  /** Most lock outputs the supply may hold active at once. */
  maxActive: number;
  /** Pause after an output turns off before another turns on, ms. */
  gapMs: number;
  /** How many outputs are active now. */
  activeCount: () => number;
  /** Turns one waiting locker's output on (0-based index). */
  start: (index: number) => void;
}

/**
 * The power budget of the lock supply: releases that would exceed it wait in arrival order, so
 * open-all comes out as staggered groups no larger than the supply allows.
 */
export class Supply {
  private readonly options: SupplyOptions;
  private waiting: number[] = [];
  private gapTimer: TimerId | undefined = undefined;

  constructor(options: SupplyOptions) {
    this.options = options;
  }

  isWaiting(index: number): boolean {
    return this.waiting.indexOf(index) >= 0;
  }

  request(index: number): void {
    if (!this.isWaiting(index)) this.waiting.push(index);
    this.pump();
  }

  cancel(index: number): void {
    const at = this.waiting.indexOf(index);
    if (at >= 0) this.waiting.splice(at, 1);
  }

  cancelAll(): void {
    this.waiting = [];
  }

  /** An output turned off: the next waiting release starts after the gap. */
  outputEnded(): void {
    if (this.waiting.length === 0 || this.gapTimer !== undefined) return;
    if (this.options.gapMs <= 0) {
      this.pump();
      return;
    }
    this.gapTimer = this.options.clock.setTimeout(() => {
      this.gapTimer = undefined;
      this.pump();
    }, this.options.gapMs);
  }

  private pump(): void {
    if (this.gapTimer !== undefined) return;
    const options = this.options;
    while (this.waiting.length > 0 && options.activeCount() < options.maxActive) {
      const index = this.waiting.shift() as number;
      options.start(index);
    }
  }
}
