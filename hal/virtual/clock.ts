/**
 * Virtual time for the virtual board. Everything that happens "later" on the board — Espruino
 * timers, watch debounce, the watchdog, device models' pulses — is an event on this clock, so a
 * test can run hours of board time in milliseconds and get the same order every run.
 *
 * Time is a float in milliseconds (sub-millisecond pulses such as Wiegand's 50 µs are fractions).
 * Events run in order of due time, then of scheduling order. `advance` runs every event that
 * falls due within the step, including ones scheduled while it runs.
 */

export interface ClockEvent {
  readonly id: number;
  readonly dueMs: number;
  cancelled: boolean;
}

interface ScheduledEvent extends ClockEvent {
  run: () => void;
}

export interface VirtualClockOptions {
  /** Virtual time at start, ms since the epoch. Boards without a set RTC start near 1970. */
  startMs?: number;
}

export class VirtualClock {
  private currentMs: number;
  private nextId = 1;
  private queue: ScheduledEvent[] = [];
  private realTimeHandle: ReturnType<typeof setInterval> | undefined;
  private afterEachListeners: Array<() => void> = [];
  private advancing = false;

  constructor(opts: VirtualClockOptions = {}) {
    this.currentMs = opts.startMs ?? 0;
  }

  /** Virtual time, ms since the epoch (float). */
  get nowMs(): number {
    return this.currentMs;
  }

  /** Moves time without running events (Espruino's `setTime`): pending events keep their distance from now. */
  shiftTo(ms: number): void {
    const delta = ms - this.currentMs;
    this.currentMs = ms;
    for (const event of this.queue) (event as { dueMs: number }).dueMs += delta;
  }

  schedule(delayMs: number, run: () => void): ClockEvent {
    return this.scheduleAt(this.currentMs + Math.max(0, delayMs), run);
  }

  scheduleAt(dueMs: number, run: () => void): ClockEvent {
    const event: ScheduledEvent = { id: this.nextId++, dueMs: Math.max(dueMs, this.currentMs), cancelled: false, run };
    // Insert keeping (dueMs, id) order; the queue stays short, a linear scan from the end is fine.
    let index = this.queue.length;
    while (index > 0 && this.queue[index - 1].dueMs > event.dueMs) index--;
    this.queue.splice(index, 0, event);
    return event;
  }

  cancel(event: ClockEvent | undefined): void {
    if (!event) return;
    event.cancelled = true;
    const index = this.queue.indexOf(event as ScheduledEvent);
    if (index >= 0) this.queue.splice(index, 1);
  }

  /** Drops every pending event (power cut). */
  cancelAll(): void {
    for (const event of this.queue) event.cancelled = true;
    this.queue = [];
  }

  /** Called after each event has run (the runtime drains promise callbacks there). */
  onAfterEach(listener: () => void): () => void {
    this.afterEachListeners.push(listener);
    return () => {
      this.afterEachListeners = this.afterEachListeners.filter((l) => l !== listener);
    };
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** Due time of the next pending event, if any. */
  get nextDueMs(): number | undefined {
    return this.queue.length > 0 ? this.queue[0].dueMs : undefined;
  }

  /** Runs every event due up to now + ms, in order, then sets time to now + ms. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance needs a non-negative time, got ${ms}`);
    this.runUntil(this.currentMs + ms);
  }

  /** Runs events up to an absolute time. */
  runUntil(targetMs: number): void {
    if (this.advancing) throw new Error("VirtualClock.advance called from inside an event");
    this.advancing = true;
    try {
      while (this.queue.length > 0 && this.queue[0].dueMs <= targetMs) {
        const event = this.queue.shift()!;
        if (event.dueMs > this.currentMs) this.currentMs = event.dueMs;
        event.run();
        for (const listener of this.afterEachListeners) listener();
      }
      if (targetMs > this.currentMs) this.currentMs = targetMs;
    } finally {
      this.advancing = false;
    }
  }

  /** True while `advance` is running events. */
  get isAdvancing(): boolean {
    return this.advancing;
  }

  /** Drives virtual time from the wall clock (for `npm start`); `stopRealTime` ends it. */
  startRealTime(tickMs = 5, onError?: (error: unknown) => void): void {
    if (this.realTimeHandle) return;
    let last = performance.now();
    this.realTimeHandle = setInterval(() => {
      const now = performance.now();
      const step = now - last;
      last = now;
      try {
        this.advance(step);
      } catch (error) {
        if (onError) onError(error);
        else throw error;
      }
    }, tickMs);
  }

  stopRealTime(): void {
    if (this.realTimeHandle) clearInterval(this.realTimeHandle);
    this.realTimeHandle = undefined;
  }

  get realTime(): boolean {
    return this.realTimeHandle !== undefined;
  }
}
