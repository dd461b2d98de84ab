import type { Clock } from "../interfaces/clock";
import type { LockerBankDriver, LockerEvent, LockerEventType, LockerNumber } from "../interfaces/devices";
import type { DigitalInput, DigitalOutput } from "../interfaces/digital";
import { Supply } from "./locker-bank-supply";
import { DoorTimers } from "./locker-bank-timers";

export interface LockerBankTiming {
  releasePulseMs: number;
  heldOpenMs: number;
  heldOpenReminderMs: number;
  releaseGapMs: number;
  latchCheckMs: number;
}

export interface LockerBankDriverOptions {
  clock: Clock;
  /** Lock outputs in locker order, already driven secured (the firmware creates them before anything else). */
  locks: DigitalOutput[];
  /** Per locker (0-based): true for maglocks / strikes that stay released while the door is open. */
  holdWhileOpen: boolean[];
  /** Opens door sensor `index` (0-based): active while open, debounced by the input. */
  openDoor: (index: number, onChange: (open: boolean, timeMs: number) => void) => DigitalInput;
  maxSimultaneousReleases: number;
  timing: LockerBankTiming;
  onEvent: (event: LockerEvent) => void;
}

/**
 * A door seen opening this soon after its lock went secured was pulled while the release ended
 * (the debounced report arrives after the pulse has stopped): a normal opening, not a forced one.
 */
const DOOR_OPEN_GRACE_MS = 1000;

// Callbacks are made in small functions of their own: Espruino keeps a closure's whole enclosing
// scope, so one made in the constructor would keep the options object alive.
function doorHandler(bank: LockerBank, index: number): (open: boolean, timeMs: number) => void {
  return function (open: boolean, timeMs: number): void {
    bank.doorChanged(index, open, timeMs);
  };
}

function supplyFor(bank: LockerBank, clock: Clock, maxActive: number, gapMs: number): Supply {
  return new Supply({
    clock: clock,
    maxActive: maxActive,
    gapMs: gapMs,
    activeCount: function (): number {
      return bank.activeCount();
    },
    start: function (index: number): void {
      bank.startRelease(index);
    },
  });
}

/**
 * Locks and door sensors of a bank. One door sensor cannot see the latch itself, so "lock-fail"
 * means what the sensor can prove: released but never opened ("not-opened": the lock did not
 * release, or nobody pulled the door), or shut and then open again while secured within
 * latchCheckMs ("not-latched": the latch or magnet did not catch).
 */
export class LockerBank implements LockerBankDriver {
  readonly count: number;
  // What the bank needs from its options, kept one by one: the options object (and the door
  // opener with its scope) is let go after construction.
  private readonly clock: Clock;
  private readonly locks: DigitalOutput[];
  /** Per locker: 1 for a lock that stays released while the door is open. */
  private readonly holdWhileOpen: Uint8Array;
  private readonly timing: LockerBankTiming;
  private readonly onEvent: (event: LockerEvent) => void;
  private readonly supply: Supply;
  private readonly timers: DoorTimers;
  private readonly doorOpen: Uint8Array;
  /** The door's current opening happened while released (or in the grace after): not forced. */
  private readonly legitOpen: Uint8Array;
  private readonly openedSinceRelease: Uint8Array;
  private readonly securedAt: Float64Array;
  /** When the door last closed after a legitimate opening (latch check); -1: none. */
  private readonly closedAfterUseAt: Float64Array;

  constructor(options: LockerBankDriverOptions) {
    const count = options.locks.length;
    this.count = count;
    this.clock = options.clock;
    this.locks = options.locks;
    this.timing = options.timing;
    this.onEvent = options.onEvent;
    for (let i = 0; i < count; i++) options.locks[i].setActive(false);
    this.holdWhileOpen = new Uint8Array(count);
    for (let i = 0; i < count; i++) this.holdWhileOpen[i] = options.holdWhileOpen[i] ? 1 : 0;
    this.doorOpen = new Uint8Array(count);
    this.legitOpen = new Uint8Array(count);
    this.openedSinceRelease = new Uint8Array(count);
    this.securedAt = new Float64Array(count).fill(-1e15);
    this.closedAfterUseAt = new Float64Array(count).fill(-1e15);
    this.supply = supplyFor(this, options.clock, Math.max(1, options.maxSimultaneousReleases), options.timing.releaseGapMs);
    this.timers = new DoorTimers(options.clock, count);
    // The inputs stay reachable through their watches (or expander); the bank needs only their reports.
    for (let i = 0; i < count; i++) this.watchDoor(options.openDoor(i, doorHandler(this, i)), i);
  }

  release(locker: LockerNumber): void {
    const index = this.indexOf(locker);
    if (this.locks[index].isActive()) this.startRelease(index);
    else this.supply.request(index);
  }

  releaseAll(): void {
    for (let i = 0; i < this.count; i++) {
      if (!this.locks[i].isActive()) this.supply.request(i);
    }
  }

  secure(locker: LockerNumber): void {
    const index = this.indexOf(locker);
    this.supply.cancel(index);
    this.endRelease(index, false);
  }

  secureAll(): void {
    this.supply.cancelAll();
    for (let i = 0; i < this.count; i++) this.endRelease(i, false);
  }

  isReleased(locker: LockerNumber): boolean {
    return this.locks[this.indexOf(locker)].isActive();
  }

  isDoorOpen(locker: LockerNumber): boolean {
    return this.doorOpen[this.indexOf(locker)] === 1;
  }

  /** Whether a release waits for the supply. */
  isQueued(locker: LockerNumber): boolean {
    return this.supply.isWaiting(this.indexOf(locker));
  }

  private indexOf(locker: LockerNumber): number {
    if (!(locker >= 1 && locker <= this.count) || Math.floor(locker) !== locker) throw new Error("No locker " + locker);
    return locker - 1;
  }

  /** For the supply (supplyFor). */
  activeCount(): number {
    let active = 0;
    for (let i = 0; i < this.count; i++) if (this.locks[i].isActive()) active++;
    return active;
  }

  private emit(type: LockerEventType, index: number, timeMs: number, reason: string | undefined): void {
    const event: LockerEvent = { type: type, locker: index + 1, timeMs: timeMs };
    if (reason !== undefined) event.reason = reason;
    // A throwing listener must not leave a lock released or a timer unset.
    try {
      this.onEvent(event);
    } catch (error) {
      console.log("Locker event handler failed: " + error);
    }
  }

  /** Turns a lock output on; the supply calls it for a release that waited (supplyFor). */
  startRelease(index: number): void {
    const wasActive = this.locks[index].isActive();
    this.locks[index].setActive(true);
    if (!this.locks[index].isActive()) {
      // The output could not be driven (its expander does not answer): nothing was released.
      this.timers.stopRelease(index);
      this.emit("lock-fail", index, this.clock.now(), "not-driven");
      return;
    }
    this.openedSinceRelease[index] = this.doorOpen[index];
    if (!wasActive) this.emit("released", index, this.clock.now(), undefined);
    // Pulse: the release lasts releasePulseMs. Hold: it waits that long for the door to open, and
    // once the door has opened during it, for the door to shut (doorOpened). A sensor that already
    // reads open at the release (door propped, or its wire cut) gives no movement to wait for, so
    // that release is timed like a pulse: otherwise it would never end. A repeated release keeps
    // a hold that is under way.
    if (wasActive && this.holdWhileOpen[index] === 1 && this.doorOpen[index] === 1 && !this.timers.isReleaseTimed(index)) return;
    this.timers.startRelease(index, this.timing.releasePulseMs, () => this.endRelease(index, true));
  }

  /** `expired`: the release time ran out (rather than secure() or the door's own movement). */
  private endRelease(index: number, expired: boolean): void {
    this.timers.stopRelease(index);
    if (!this.locks[index].isActive()) return;
    this.locks[index].setActive(false);
    const now = this.clock.now();
    this.securedAt[index] = now;
    this.emit("relocked", index, now, undefined);
    if (expired && this.openedSinceRelease[index] === 0) this.emit("lock-fail", index, now, "not-opened");
    this.supply.outputEnded();
  }

  private watchDoor(input: DigitalInput, index: number): void {
    if (input.isActive()) {
      this.doorOpen[index] = 1;
      this.emit("door-opened", index, this.clock.now(), "at-start");
      this.timers.startHeldOpen(index, this.timing, (reminder) => this.heldOpen(index, reminder));
    }
  }

  private heldOpen(index: number, reminder: boolean): void {
    this.emit(reminder ? "held-open-reminder" : "held-open", index, this.clock.now(), undefined);
  }

  /** A door input's report (doorHandler). */
  doorChanged(index: number, open: boolean, timeMs: number): void {
    if ((this.doorOpen[index] === 1) === open) return;
    this.doorOpen[index] = open ? 1 : 0;
    if (open) this.doorOpened(index, timeMs);
    else this.doorClosed(index, timeMs);
  }

  private doorOpened(index: number, timeMs: number): void {
    const released = this.locks[index].isActive();
    const legit = released || timeMs - this.securedAt[index] <= DOOR_OPEN_GRACE_MS;
    this.legitOpen[index] = legit ? 1 : 0;
    this.emit("door-opened", index, timeMs, undefined);
    if (!legit) {
      const unlatched = timeMs - this.closedAfterUseAt[index] <= this.timing.latchCheckMs;
      if (unlatched) this.emit("lock-fail", index, timeMs, "not-latched");
      else this.emit("forced", index, timeMs, undefined);
    }
    this.timers.startHeldOpen(index, this.timing, (reminder) => this.heldOpen(index, reminder));
    if (released) {
      this.openedSinceRelease[index] = 1;
      // A solenoid may drop as soon as the door is off the latch; a maglock holds until it shuts.
      if (this.holdWhileOpen[index] === 0) this.endRelease(index, false);
      else this.timers.stopRelease(index);
    }
  }

  private doorClosed(index: number, timeMs: number): void {
    this.timers.stopHeldOpen(index);
    this.emit("door-closed", index, timeMs, undefined);
    this.closedAfterUseAt[index] = this.legitOpen[index] === 1 ? timeMs : -1e15;
    this.legitOpen[index] = 0;
    if (this.locks[index].isActive() && this.openedSinceRelease[index] === 1) this.endRelease(index, false);
  }
}
