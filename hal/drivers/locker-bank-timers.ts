import type { Clock } from "../interfaces/clock";

const NONE = -1;

/**
 * Per-locker release and held-open timers. Espruino reuses timer ids once its timer list
 * empties, so an id is forgotten the moment its timer fires: clearing a stale id could cancel
 * someone else's timer.
 */
export class DoorTimers {
  private readonly clock: Clock;
  private readonly releaseIds: Int32Array;
  private readonly heldIds: Int32Array;

  constructor(clock: Clock, count: number) {
    this.clock = clock;
    this.releaseIds = new Int32Array(count).fill(NONE);
    this.heldIds = new Int32Array(count).fill(NONE);
  }

  startRelease(index: number, ms: number, onExpired: () => void): void {
    this.stopRelease(index);
    this.releaseIds[index] = this.clock.setTimeout(() => {
      this.releaseIds[index] = NONE;
      onExpired();
    }, ms);
  }

  /** A release timer is running (false while a hold waits for its door to shut). */
  isReleaseTimed(index: number): boolean {
    return this.releaseIds[index] !== NONE;
  }

  stopRelease(index: number): void {
    if (this.releaseIds[index] === NONE) return;
    this.clock.clear(this.releaseIds[index]);
    this.releaseIds[index] = NONE;
  }

  /** The held id is the first timeout, then the reminder interval. `onHeld(false)` after heldOpenMs, then `onHeld(true)` every heldOpenReminderMs. */
  startHeldOpen(
    index: number,
    timing: { heldOpenMs: number; heldOpenReminderMs: number },
    onHeld: (reminder: boolean) => void,
  ): void {
    this.stopHeldOpen(index);
    this.heldIds[index] = this.clock.setTimeout(() => {
      this.heldIds[index] = this.clock.setInterval(() => onHeld(true), timing.heldOpenReminderMs);
      onHeld(false);
    }, timing.heldOpenMs);
  }

  stopHeldOpen(index: number): void {
    if (this.heldIds[index] === NONE) return;
    this.clock.clear(this.heldIds[index]);
    this.heldIds[index] = NONE;
  }
}
