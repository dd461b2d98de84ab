import type { LockerBankDriver } from "../hal/interfaces/devices";
import type { Clock, TimerId } from "../hal/interfaces/clock";

/** A test left waiting (the technician walked away) is aborted: the next passer-by's "#" must open nothing. */
export const SELF_TEST_IDLE_MS = 60000;

/** A device the self-test reports on, as far as its driver can tell ("present", "not answering", "not wired"). */
export interface SelfTestProbe {
  name: string;
  status: () => string;
}

export type SelfTestState = "idle" | "awaiting-confirmation" | "finished" | "aborted";

export interface SelfTestOptions {
  lockers: LockerBankDriver;
  probes: SelfTestProbe[];
  /** Every step, for the log: the type is a name from EVENT_TYPES. */
  onEvent: (type: string, locker: number | undefined, detail: string | undefined) => void;
  /** With a clock, a test waiting SELF_TEST_IDLE_MS for a key aborts itself (every lock secured). */
  clock?: Clock;
}

/**
 * The technician's wiring check. It reports every door sensor and device, then walks the
 * lockers in order; a lock is released only by an explicit confirm() for that locker (never by
 * starting, skipping or finishing), so a test started by mistake opens nothing. abort() secures
 * every lock, and so does a minute without a key (when given a clock). Keys, where the keypad
 * drives it: "#" releases the locker asked for, "*" skips it, "0" aborts.
 */
export class SelfTest {
  private readonly options: SelfTestOptions;
  private stateNow: SelfTestState = "idle";
  private locker = 0;
  /** Lockers this test may release, bit 0 = locker 1 (the starter's rights). */
  private releasable = 0;
  private idleTimer: TimerId | undefined = undefined;

  constructor(options: SelfTestOptions) {
    this.options = options;
  }

  state(): SelfTestState {
    return this.stateNow;
  }

  /** The locker waiting for confirmation (0 when none). */
  currentLocker(): number {
    return this.stateNow === "awaiting-confirmation" ? this.locker : 0;
  }

  /**
   * `releasable`: the lockers the person who started the test may have released (bit 0 = locker
   * 1; all when absent, for a signed hub command). Every door is still reported; a locker outside
   * it is skipped without asking, so the test never opens what its starter could not.
   */
  start(releasable?: number): void {
    if (this.stateNow === "awaiting-confirmation") return;
    this.releasable = releasable === undefined ? -1 : releasable;
    const o = this.options;
    const lockers = o.lockers;
    o.onEvent("selftest-started", undefined, lockers.count + " lockers");
    for (let n = 1; n <= lockers.count; n++) {
      o.onEvent("selftest-door", n, lockers.isDoorOpen(n) ? "open" : "closed");
    }
    for (let i = 0; i < o.probes.length; i++) {
      o.onEvent("selftest-device", undefined, o.probes[i].name + ": " + o.probes[i].status());
    }
    this.locker = 0;
    this.stateNow = "awaiting-confirmation";
    this.askNext();
  }

  /** Releases the locker asked for, then asks for the next. */
  confirm(): void {
    if (this.stateNow !== "awaiting-confirmation") return;
    this.options.lockers.release(this.locker);
    this.options.onEvent("selftest-released", this.locker, undefined);
    this.askNext();
  }

  skip(): void {
    if (this.stateNow !== "awaiting-confirmation") return;
    this.options.onEvent("selftest-skipped", this.locker, undefined);
    this.askNext();
  }

  abort(): void {
    this.abortWith("all locks secured");
  }

  /** Keypad control while a test runs; false when the key is not the self-test's. */
  handleKey(key: string): boolean {
    if (this.stateNow !== "awaiting-confirmation") return false;
    if (key === "#") this.confirm();
    else if (key === "*") this.skip();
    else if (key === "0") this.abort();
    else return false;
    return true;
  }

  private abortWith(detail: string): void {
    if (this.stateNow !== "awaiting-confirmation") return;
    this.stopIdleTimer();
    this.options.lockers.secureAll();
    this.stateNow = "aborted";
    this.options.onEvent("selftest-aborted", this.locker, detail);
  }

  private askNext(): void {
    this.locker++;
    while (this.locker <= this.options.lockers.count && ((this.releasable >>> (this.locker - 1)) & 1) === 0) {
      this.options.onEvent("selftest-skipped", this.locker, "not permitted");
      this.locker++;
    }
    if (this.locker > this.options.lockers.count) {
      this.stopIdleTimer();
      this.stateNow = "finished";
      this.locker = 0;
      this.options.onEvent("selftest-finished", undefined, undefined);
      return;
    }
    this.options.onEvent("selftest-confirm-wanted", this.locker, undefined);
    this.startIdleTimer();
  }

  private startIdleTimer(): void {
    const clock = this.options.clock;
    if (clock === undefined) return;
    this.stopIdleTimer();
    this.idleTimer = clock.setTimeout(() => {
      this.idleTimer = undefined;
      this.abortWith("no key for " + SELF_TEST_IDLE_MS / 1000 + " s: all locks secured");
    }, SELF_TEST_IDLE_MS);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== undefined && this.options.clock !== undefined) this.options.clock.clear(this.idleTimer);
    this.idleTimer = undefined;
  }
}
