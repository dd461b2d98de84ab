/**
 * The locker state machine: keypad entries and card reads become sessions, sessions become
 * decisions (policy.ts), decisions become releases; lockdown/open-all are latched before they act
 * and restored in the constructor, so nothing can release before the latch is known. Every
 * decision and state change is an event naming who, which locker, result, reason, credential
 * version and clock trust.
 */
import type { LockerBankDriver, CardRead, Indicators, IndicatorPattern, LockerEvent } from "../../hal/interfaces/devices";
import type { Clock } from "../../hal/interfaces/clock";
import type { CredentialStore, UserRecord } from "../credentials/types";
import type { DurableState } from "../persist/durable-state";
import type { EventSink, FirmwareEvent } from "../events";
import { classOfLocker, type AccessConfig, type ClockTrust } from "./access-config";
import { initialClockTrust } from "./clock-trust";
import { readLatch, readLastSync, readSilentAlarm, writeLatch, writeLastSync, writeSilentAlarm, type LatchMode } from "./latch";
import { FACTOR_CARD, FACTOR_PIN, judgePerson } from "./policy";
import { readerThrottleKey, userThrottleKey, Throttle } from "./throttle";
import { entryKind, commandName, COMMAND_CLEAR_LOCKDOWN, COMMAND_RESET_THROTTLES, COMMAND_SELF_TEST } from "./keypad-grammar";
import { judgeAdministrator, judgeSelfTest } from "./admin";

export type CommandName = "lockdown" | "clear-lockdown" | "open-all" | "clear-open-all" | "reset-throttles" | "silence-alarm" | "self-test";

/** The technician's self-test (src/self-test.ts) as the access core starts and stops it. */
export interface SelfTestControl {
  /** `releasable`: lockers the starter may have released (bit 0 = locker 1); all when absent. */
  start(releasable?: number): void;
  /** Secures every lock and ends the test; nothing when no test is running. */
  abort(): void;
}

export interface AccessControllerOptions {
  config: AccessConfig;
  bank: LockerBankDriver;
  credentials: CredentialStore;
  state: DurableState;
  /** Wall clock (epoch ms) and timers. */
  clock: Clock;
  events: EventSink;
  indicators?: Indicators;
  silentAlarm?: { setActive(active: boolean): void };
  /** Started by command "self-test" (keypad 906); absent on a board that has none. */
  selfTest?: SelfTestControl;
}

const KEYPAD_READER = -1;

/** Driver events under the names the audit log knows them by. */
const LOCKER_EVENT_NAMES: { [type: string]: string } = {
  released: "lock-released",
  relocked: "lock-relocked",
  "door-opened": "door-opened",
  "door-closed": "door-closed",
  forced: "door-forced",
  "held-open": "door-held-open",
  "held-open-reminder": "door-held-open-reminder",
  "lock-fail": "lock-fail",
};

export class AccessController {
  private readonly options: AccessControllerOptions;
  private readonly throttle: Throttle;
  private mode: LatchMode;
  private clockTrust: ClockTrust;
  private lockdownInputActive = false;
  // The session: what the person at the bank has presented so far.
  private target = 0;
  private cardUser: UserRecord | undefined = undefined;
  private pinUser: UserRecord | undefined = undefined;
  private sessionTimer: number | undefined = undefined;
  // The first of two people (two-person lockers) or of two administrators (clearing lockdown).
  private pendingTarget = 0;
  private pendingUser = 0;
  private pendingAtMs = 0;

  constructor(options: AccessControllerOptions) {
    this.options = options;
    const now = options.clock.now();
    this.clockTrust = initialClockTrust(options.config.hasRtc, now);
    this.mode = readLatch(options.state);
    this.throttle = new Throttle(options.state, options.config, () => options.clock.now());
    if (this.mode !== "normal") {
      this.emit("latch-restored", 0, undefined, undefined, this.mode, undefined);
      if (this.mode === "open-all") options.bank.releaseAll();
      else options.bank.secureAll();
      this.show(this.mode === "lockdown" ? "lockdown" : "off");
    }
    if (readSilentAlarm(options.state)) {
      if (options.silentAlarm !== undefined) options.silentAlarm.setActive(true);
      this.emit("latch-restored", 0, undefined, undefined, "duress-pin", "silent alarm");
    }
  }

  latch(): LatchMode {
    return this.mode;
  }

  trust(): ClockTrust {
    return this.clockTrust;
  }

  /** The hub or NTP set the clock. */
  clockSet(): void {
    if (this.clockTrust === "trusted") return;
    this.clockTrust = "trusted";
    this.emit("clock-trusted", 0, undefined, undefined, undefined, undefined);
  }

  /** A credential sync completed now (starts a new lease). */
  synced(): void {
    writeLastSync(this.options.state, this.options.clock.now() / 1000);
    this.emit("credentials-synced", 0, undefined, undefined, undefined, undefined);
  }

  isStale(): boolean {
    const lease = this.options.config.leaseSeconds;
    if (lease <= 0) return false;
    const lastSync = readLastSync(this.options.state);
    const nowSeconds = this.options.clock.now() / 1000;
    // With a clock nobody set, the age of the cache is unknowable: treat it as stale.
    return this.clockTrust === "unknown" || lastSync === 0 || nowSeconds < lastSync || nowSeconds - lastSync > lease;
  }

  // ---- inputs -------------------------------------------------------------------------------

  keypadEntry(digits: string): void {
    const kind = entryKind(digits, this.options.bank.count);
    if (kind === "empty") return;
    this.touchSession();
    if (kind === "bad") return this.deny(0, undefined, "bad-entry");
    if (kind === "locker" || kind === "command") {
      this.target = parseInt(digits, 10);
      this.emit("target-selected", kind === "locker" ? this.target : 0, undefined, undefined, kind === "command" ? commandName(this.target) : "locker", undefined);
      return this.show("key");
    }
    const cardUser = this.cardUser;
    const key = cardUser !== undefined ? userThrottleKey(cardUser.id) : readerThrottleKey(KEYPAD_READER);
    if (!this.countAttempt(key, cardUser)) return;
    const match = this.options.credentials.lookupPin(digits);
    if (match === undefined || (cardUser !== undefined && match.user.id !== cardUser.id)) {
      return this.deny(this.target, cardUser, cardUser !== undefined ? "wrong-pin" : "unknown-pin");
    }
    if (cardUser === undefined) {
      // A PIN alone proves its owner, unless that credential is throttled or disabled.
      const userState = this.throttle.check(userThrottleKey(match.user.id));
      if (userState !== "ok") return this.deny(this.target, match.user, userState === "disabled" ? "credential-disabled" : "throttled");
      this.succeeded(userThrottleKey(match.user.id));
    }
    this.succeeded(key);
    this.pinUser = match.user;
    if (match.duress) this.raiseDuress(match.user);
    this.evaluate();
  }

  keypadCleared(): void {
    // "*" clears only what is being typed (the driver's job); the session keeps its target and card.
  }

  card(read: CardRead): void {
    // A second card is a new person: the unfinished session of the first one ends here.
    if (this.cardUser !== undefined) this.endSession();
    const pinUser = this.pinUser;
    this.touchSession();
    const key = pinUser !== undefined ? userThrottleKey(pinUser.id) : readerThrottleKey(read.reader);
    if (!this.countAttempt(key, pinUser)) return;
    const user = this.options.credentials.lookupCard(read.uid);
    if (user === undefined) return this.deny(this.target, pinUser, "unknown-card");
    if (pinUser !== undefined && user.id !== pinUser.id) return this.deny(this.target, pinUser, "card-mismatch");
    this.succeeded(key);
    if (pinUser === undefined) {
      const userState = this.throttle.check(userThrottleKey(user.id));
      if (userState !== "ok") return this.deny(this.target, user, userState === "disabled" ? "credential-disabled" : "throttled");
    }
    this.cardUser = user;
    this.evaluate();
  }

  lockdownInput(active: boolean): void {
    this.lockdownInputActive = active;
    if (active) this.command("lockdown", "input");
    else this.emit("lockdown-input-released", 0, undefined, undefined, this.mode, undefined);
  }

  lockerEvent(event: LockerEvent): void {
    const type = LOCKER_EVENT_NAMES[event.type];
    this.emit(type !== undefined ? type : "lock-fail", event.locker, undefined, undefined, undefined, event.type);
    this.afterLockerEvent(event);
  }

  /** What a locker event means for the locks and indicators, for a caller that logs the event itself. */
  afterLockerEvent(event: LockerEvent): void {
    if (event.type === "forced") this.show("alarm");
    if (event.type === "door-closed" && this.mode !== "open-all" && this.options.bank.isReleased(event.locker)) {
      this.options.bank.secure(event.locker);
    }
  }

  /**
   * The command interface (hub, signed serial, wired input, console, keypad administrators).
   * Returns "ok" or the reason it was refused. Latched modes are durable before they act.
   */
  /** `releasable` (self-test only): the lockers the person asking may open; all when absent (hub). */
  command(name: CommandName, source: string, releasable?: number): string {
    const bank = this.options.bank;
    if (name === "lockdown") {
      if (this.mode === "lockdown") return "ok";
      let failure: string | undefined = undefined;
      try {
        writeLatch(this.options.state, "lockdown");
      } catch (e) {
        failure = String(e);
      }
      const persisted = failure === undefined;
      // Securing is always safe, so a lockdown that could not be made durable still acts now.
      this.mode = "lockdown";
      this.endSession();
      this.pendingTarget = 0;
      this.stopSelfTest();
      bank.secureAll();
      this.emit("lockdown-entered", 0, undefined, undefined, source, persisted ? undefined : "not persisted");
      if (!persisted) this.emit("latch-persist-failed", 0, undefined, undefined, "lockdown", failure);
      this.show("lockdown");
      return persisted ? "ok" : "not-persisted";
    }
    if (name === "clear-lockdown" || name === "clear-open-all") {
      const from: LatchMode = name === "clear-lockdown" ? "lockdown" : "open-all";
      if (this.mode !== from) return "not-" + from;
      if (from === "lockdown" && this.lockdownInputActive) return "lockdown-input-active";
      if (!this.persistLatch("normal")) return "not-persisted";
      this.mode = "normal";
      if (from === "open-all") bank.secureAll();
      this.emit(from + "-cleared", 0, undefined, undefined, source, undefined);
      this.show("off");
      return "ok";
    }
    if (name === "open-all") {
      if (this.mode === "lockdown") return "lockdown";
      if (this.mode !== "open-all" && !this.persistLatch("open-all")) return "not-persisted";
      this.mode = "open-all";
      this.endSession();
      // Before the release: aborting a self-test secures every lock.
      this.stopSelfTest();
      bank.releaseAll();
      this.emit("open-all-entered", 0, undefined, undefined, source, undefined);
      return "ok";
    }
    if (name === "reset-throttles") {
      let reset = 0;
      try {
        reset = this.throttle.resetAll();
      } catch (e) {
        return "not-persisted";
      }
      this.emit("throttles-reset", 0, undefined, undefined, source, String(reset));
      return "ok";
    }
    if (name === "self-test") {
      // The self-test releases locks: never against a lockdown, and meaningless while all are open.
      if (this.mode !== "normal") return this.mode;
      const selfTest = this.options.selfTest;
      if (selfTest === undefined) return "self-test-unavailable";
      selfTest.start(releasable);
      return "ok";
    }
    // Like clearing a latch: the alarm stops only once a reset can no longer bring it back.
    try {
      writeSilentAlarm(this.options.state, false);
    } catch (e) {
      this.emit("latch-persist-failed", 0, undefined, undefined, "silence-alarm", String(e));
      return "not-persisted";
    }
    if (this.options.silentAlarm !== undefined) this.options.silentAlarm.setActive(false);
    this.emit("silent-alarm-cleared", 0, undefined, undefined, source, undefined);
    return "ok";
  }

  // ---- decisions ----------------------------------------------------------------------------

  private evaluate(): void {
    const user = this.cardUser !== undefined ? this.cardUser : this.pinUser;
    if (user === undefined) return;
    const presented = (this.cardUser !== undefined ? FACTOR_CARD : 0) | (this.pinUser !== undefined ? FACTOR_PIN : 0);
    if (this.target >= 100) return this.evaluateCommand(user, presented);
    let locker = this.target;
    if (locker === 0) {
      const mask = this.options.bank.count >= 32 ? user.lockers : user.lockers & ((1 << this.options.bank.count) - 1);
      if (mask === 0) return this.deny(0, user, "not-authorised");
      if ((mask & (mask - 1)) !== 0) return this.deny(0, user, "select-locker");
      while (((mask >>> locker) & 1) === 0) locker++;
      locker++;
    }
    const lockerClass = classOfLocker(this.options.config, locker);
    const verdict = judgePerson(this.options.config, lockerClass, {
      locker: locker,
      user: user,
      presented: presented,
      nowMs: this.options.clock.now(),
      clockTrust: this.clockTrust,
      stale: this.isStale(),
      lockdown: this.mode === "lockdown",
    });
    if (verdict.verdict === "more") {
      this.target = locker;
      this.emit("access-pending", locker, user.id, undefined, verdict.reason, undefined);
      return this.show("key");
    }
    if (verdict.verdict === "denied") return this.deny(locker, user, verdict.reason);
    if (lockerClass.twoPerson) return this.secondPerson(locker, user, verdict.reason);
    this.grant(locker, user, verdict.reason, undefined);
  }

  private secondPerson(locker: number, user: UserRecord, reason: string): void {
    const now = this.options.clock.now();
    const pendingValid = this.pendingTarget === locker && now - this.pendingAtMs <= this.options.config.twoPersonWindowMs;
    if (pendingValid && this.pendingUser === user.id) return this.deny(locker, user, "same-person");
    if (!pendingValid) {
      this.pendingTarget = locker;
      this.pendingUser = user.id;
      this.pendingAtMs = now;
      this.emit("access-pending", locker, user.id, undefined, "two-person-first", undefined);
      this.endSession();
      return this.show("key");
    }
    const first = this.pendingUser;
    this.pendingTarget = 0;
    this.grant(locker, user, "two-person", "first " + first);
  }

  private evaluateCommand(user: UserRecord, presented: number): void {
    const code = this.target;
    if ((presented & FACTOR_PIN) === 0 || (presented & FACTOR_CARD) === 0) {
      this.emit("access-pending", 0, user.id, undefined, (presented & FACTOR_PIN) === 0 ? "need-pin" : "need-card", commandName(code));
      return this.show("key");
    }
    const problem =
      code === COMMAND_SELF_TEST
        ? judgeSelfTest(this.options.config, user, this.options.clock.now())
        : judgeAdministrator(user, code, this.options.clock.now(), this.clockTrust);
    if (problem !== "") return this.deny(0, user, problem);
    const now = this.options.clock.now();
    if (code === COMMAND_CLEAR_LOCKDOWN && this.mode === "lockdown" && !this.lockdownInputActive) {
      const pendingValid = this.pendingTarget === code && now - this.pendingAtMs <= this.options.config.twoPersonWindowMs;
      if (pendingValid && this.pendingUser === user.id) return this.deny(0, user, "same-person");
      if (!pendingValid) {
        this.pendingTarget = code;
        this.pendingUser = user.id;
        this.pendingAtMs = now;
        this.emit("access-pending", 0, user.id, undefined, "second-administrator", commandName(code));
        this.endSession();
        return this.show("key");
      }
      this.pendingTarget = 0;
    }
    const name: CommandName = code === COMMAND_RESET_THROTTLES ? "reset-throttles" : (commandName(code) as CommandName);
    const result = this.command(name, "keypad", name === "self-test" ? this.selfTestLockers(user) : undefined);
    this.emit("admin-command", 0, user.id, result === "ok" ? "granted" : "denied", result === "ok" ? name : result, name);
    this.endSession();
    this.show(result === "ok" ? "granted" : "denied");
  }

  /** The starter's lockers minus two-person ones: one person never opens those, self-test or not. */
  private selfTestLockers(user: UserRecord): number {
    let mask = user.lockers;
    for (let locker = 1; locker <= this.options.bank.count && locker <= 32; locker++) {
      if (classOfLocker(this.options.config, locker).twoPerson) mask &= ~(1 << (locker - 1));
    }
    return mask >>> 0;
  }

  private grant(locker: number, user: UserRecord, reason: string, detail: string | undefined): void {
    this.endSession();
    this.options.bank.release(locker);
    this.emit("access-granted", locker, user.id, "granted", reason, detail);
    this.show("granted");
  }

  private deny(locker: number, user: UserRecord | undefined, reason: string): void {
    this.endSession();
    this.emit("access-denied", locker, user !== undefined ? user.id : undefined, "denied", reason, undefined);
    this.show("denied");
  }

  private raiseDuress(user: UserRecord): void {
    // Durable first, so a reset right after still brings the alarm back; a flash that refuses
    // must not keep help from being called, so the output is driven either way.
    try {
      writeSilentAlarm(this.options.state, true);
    } catch (e) {
      this.emit("latch-persist-failed", 0, user.id, undefined, "duress-pin", String(e));
    }
    if (this.options.silentAlarm !== undefined) this.options.silentAlarm.setActive(true);
    // Silent: no indicator pattern, the person at the keypad sees a normal session.
    this.emit("duress", this.target < 100 ? this.target : 0, user.id, undefined, "duress-pin", undefined);
  }

  /** Counts the attempt durably before any comparison; false (and a refusal) when it may not go on. */
  private countAttempt(key: string, user: UserRecord | undefined): boolean {
    const state = this.throttle.check(key);
    if (state !== "ok") {
      this.deny(this.target, user, state === "disabled" ? (user !== undefined ? "credential-disabled" : "reader-disabled") : "throttled");
      return false;
    }
    try {
      this.throttle.attempt(key);
    } catch (e) {
      this.emit("state-write-failed", 0, undefined, undefined, key, String(e));
      this.deny(this.target, user, "state-write-failed");
      return false;
    }
    return true;
  }

  private succeeded(key: string): void {
    try {
      this.throttle.succeeded(key);
    } catch (e) {
      // The counter stays raised: stricter, never weaker.
      this.emit("state-write-failed", 0, undefined, undefined, key, String(e));
    }
  }

  private stopSelfTest(): void {
    if (this.options.selfTest !== undefined) this.options.selfTest.abort();
  }

  private persistLatch(mode: LatchMode): boolean {
    try {
      writeLatch(this.options.state, mode);
      return true;
    } catch (e) {
      this.emit("latch-persist-failed", 0, undefined, undefined, mode, String(e));
      return false;
    }
  }

  private touchSession(): void {
    const clock = this.options.clock;
    if (this.sessionTimer !== undefined) clock.clear(this.sessionTimer);
    this.sessionTimer = clock.setTimeout(() => {
      this.sessionTimer = undefined;
      if (this.cardUser === undefined && this.pinUser === undefined && this.target === 0) return;
      const user = this.cardUser !== undefined ? this.cardUser : this.pinUser;
      this.deny(this.target < 100 ? this.target : 0, user, "session-timeout");
    }, this.options.config.sessionTimeoutMs);
  }

  private endSession(): void {
    if (this.sessionTimer !== undefined) this.options.clock.clear(this.sessionTimer);
    this.sessionTimer = undefined;
    this.target = 0;
    this.cardUser = undefined;
    this.pinUser = undefined;
  }

  private show(pattern: IndicatorPattern): void {
    if (this.options.indicators !== undefined) this.options.indicators.show(pattern);
  }

  private emit(type: string, locker: number, user: number | undefined, result: "granted" | "denied" | undefined, reason: string | undefined, detail: string | undefined): void {
    const event: FirmwareEvent = { t: Math.round(this.options.clock.now()), type: type };
    if (locker > 0) event.locker = locker;
    if (user !== undefined) event.user = user;
    if (result !== undefined) event.result = result;
    if (reason !== undefined) event.reason = reason;
    if (detail !== undefined) event.detail = detail;
    event.credVersion = this.options.credentials.version();
    event.clock = this.clockTrust;
    this.options.events.emit(event);
  }
}
