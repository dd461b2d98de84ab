/**
 * Espruino's timer array (src/jsinteractive.c, jswrap_interactive.c) on the virtual clock:
 * - ids: one list for timeouts, intervals and watch-debounce timeouts; a new entry takes the
 *   last entry's id + 1, or 1 when the list is empty (so ids are reused once it empties);
 * - intervals re-arm from their previous due time (no drift); the minimum period is 0.1 ms;
 * - clearTimeout(id) and clearInterval(id) are interchangeable; with no argument they clear every
 *   timer except watch-debounce ones; with an explicit `undefined` they throw.
 */
import type { ClockEvent, VirtualClock } from "../clock";

export const TIMER_MIN_INTERVAL_MS = 0.1;
export const TIMER_MAX_INTERVAL_MS = 31536000001000;

export interface TimerEntry {
  id: number;
  /** Called when due; `entry` lets an interval see it was changed or cleared meanwhile. */
  run: (entry: TimerEntry) => void;
  intervalMs?: number;
  dueMs: number;
  /** Debounce timeouts belong to a watch and survive clearTimeout(). */
  forWatch: boolean;
  event?: ClockEvent;
}

export class EspruinoTimers {
  private entries: TimerEntry[] = [];

  constructor(private readonly clock: VirtualClock) {}

  add(delayMs: number, run: (entry: TimerEntry) => void, opts: { intervalMs?: number; forWatch?: boolean } = {}): TimerEntry {
    const last = this.entries[this.entries.length - 1];
    const entry: TimerEntry = {
      id: last ? last.id + 1 : 1,
      run,
      intervalMs: opts.intervalMs,
      dueMs: this.clock.nowMs + delayMs,
      forWatch: opts.forWatch ?? false,
    };
    this.entries.push(entry);
    this.arm(entry);
    return entry;
  }

  has(id: number): boolean {
    return this.entries.some((e) => e.id === id);
  }

  find(id: number): TimerEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Moves an entry's due time (debounce restarts, changeInterval). */
  reschedule(entry: TimerEntry, dueMs: number): void {
    entry.dueMs = dueMs;
    this.clock.cancel(entry.event);
    this.arm(entry);
  }

  remove(entry: TimerEntry): void {
    this.clock.cancel(entry.event);
    this.entries = this.entries.filter((e) => e !== entry);
  }

  /** clearTimeout()/clearInterval() without an argument. */
  removeAllButWatches(): void {
    for (const entry of [...this.entries]) if (!entry.forWatch) this.remove(entry);
  }

  removeEverything(): void {
    for (const entry of [...this.entries]) this.clock.cancel(entry.event);
    this.entries = [];
  }

  get list(): readonly TimerEntry[] {
    return this.entries;
  }

  private arm(entry: TimerEntry): void {
    entry.event = this.clock.scheduleAt(entry.dueMs, () => this.fire(entry));
  }

  private fire(entry: TimerEntry): void {
    if (!this.entries.includes(entry)) return;
    const armedEvent = entry.event;
    // Espruino removes a timeout only after running it, so ids handed out meanwhile skip its id.
    try {
      entry.run(entry);
    } finally {
      if (entry.intervalMs === undefined) {
        if (entry.event === armedEvent) this.entries = this.entries.filter((e) => e !== entry);
      } else if (this.entries.includes(entry) && entry.event === armedEvent) {
        // Re-arm from the previous due time, after running (the callback may change or clear it).
        entry.dueMs += entry.intervalMs;
        this.arm(entry);
      }
    }
  }
}
