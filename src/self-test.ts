import type { LockerBankDriver } from "../hal/interfaces/devices";

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
}

/**
 * The technician's wiring check. It reports every door sensor and device, then walks the
 * lockers in order; a lock is released only by an explicit confirm() for that locker (never by
 * starting, skipping or finishing), so a test started by mistake opens nothing. abort() secures
 * every lock. Keys, where the keypad drives it: "#" releases the locker asked for, "*" skips it,
 * "0" aborts.
 */
export class SelfTest {
  private readonly options: SelfTestOptions;
  private stateNow: SelfTestState = "idle";
  private locker = 0;

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

  start(): void {
    if (this.stateNow === "awaiting-confirmation") return;
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
    if (this.stateNow !== "awaiting-confirmation") return;
    this.options.lockers.secureAll();
    this.stateNow = "aborted";
    this.options.onEvent("selftest-aborted", this.locker, "all locks secured");
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

  private askNext(): void {
    this.locker++;
    if (this.locker > this.options.lockers.count) {
      this.stateNow = "finished";
      this.locker = 0;
      this.options.onEvent("selftest-finished", undefined, undefined);
      return;
    }
    this.options.onEvent("selftest-confirm-wanted", this.locker, undefined);
  }
}
