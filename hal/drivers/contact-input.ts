import type { Clock } from "../interfaces/clock";
import type { DigitalInput } from "../interfaces/digital";

export interface ContactInputOptions {
  clock: Clock;
  /** Opens the input (debounced by its watch), reporting each logical change. */
  openInput: (onChange: (active: boolean, timeMs: number) => void) => DigitalInput;
  /** More debounced changes than this within one second is a wiring fault. Absent: 4. */
  maxChangesPerSecond?: number;
  /** A faulty input is trusted again after this long without a change, ms. Absent: 2000. */
  quietMs?: number;
  /** A trusted change of state; also called at start when the contact is already active. */
  onChange: (active: boolean, timeMs: number) => void;
  onFault: (fault: "chatter", timeMs: number) => void;
  onFaultCleared: (timeMs: number) => void;
}

/**
 * A tamper switch or the wired lockdown input. A single digital input reads only two levels, so
 * a cut or shorted wire looks like one of the normal states and cannot be told apart from it
 * (which one depends on the wiring: a normally-closed contact to ground with the pull-up reads a
 * cut wire as "active", the fail-safe choice for tamper). What one input can show is a loose or
 * chafed wire that makes and breaks: changes faster than any person or panel makes them. Those
 * are reported as a "chatter" fault, and the input's state is not trusted (changes are held back)
 * until it has been quiet for `quietMs`; then the settled state is reported if it changed.
 * End-of-line resistor supervision needs an analog input, which the HAL does not offer.
 */
export class ContactInput {
  private readonly options: ContactInputOptions;
  private readonly input: DigitalInput;
  private readonly recent: Float64Array;
  private recentNext = 0;
  private reported = false;
  private settled = false;
  private faulted = false;
  private quietTimer = -1;

  constructor(options: ContactInputOptions) {
    this.options = options;
    const limit = options.maxChangesPerSecond !== undefined ? options.maxChangesPerSecond : 4;
    // Ring of the last `limit` change times: a change less than a second after the one `limit`
    // changes back makes limit + 1 within a second.
    this.recent = new Float64Array(Math.max(1, limit)).fill(-1e15);
    this.input = options.openInput((active, timeMs) => this.changed(active, timeMs));
    this.settled = this.input.isActive();
    if (this.settled) {
      this.reported = true;
      options.onChange(true, options.clock.now());
    }
  }

  /** The last trusted state. */
  isActive(): boolean {
    return this.reported;
  }

  isFaulted(): boolean {
    return this.faulted;
  }

  close(): void {
    this.input.close();
    if (this.quietTimer !== -1) this.options.clock.clear(this.quietTimer);
    this.quietTimer = -1;
  }

  private changed(active: boolean, timeMs: number): void {
    this.settled = active;
    const recent = this.recent;
    const oldest = recent[this.recentNext];
    recent[this.recentNext] = timeMs;
    this.recentNext = (this.recentNext + 1) % recent.length;
    if (!this.faulted && timeMs - oldest < 1000) {
      this.faulted = true;
      this.options.onFault("chatter", timeMs);
    }
    if (this.faulted) {
      this.restartQuietTimer();
      return;
    }
    this.report(active, timeMs);
  }

  private restartQuietTimer(): void {
    const clock = this.options.clock;
    if (this.quietTimer !== -1) clock.clear(this.quietTimer);
    this.quietTimer = clock.setTimeout(() => {
      this.quietTimer = -1;
      this.faulted = false;
      const now = clock.now();
      this.options.onFaultCleared(now);
      this.report(this.settled, now);
    }, this.options.quietMs !== undefined ? this.options.quietMs : 2000);
  }

  private report(active: boolean, timeMs: number): void {
    if (active === this.reported) return;
    this.reported = active;
    this.options.onChange(active, timeMs);
  }
}
