/**
 * A small reference model of the access policy, written from the rules and NOT from
 * src/access: it predicts which lockers the bank releases for a sequence of keypad entries,
 * cards, time, lockdown/open-all commands, the wired input and reboots. It only has to say
 * "release or not", so it checks every refusal condition in one place and in no order.
 * Administrator keypad commands 901-905 are not modelled (unit tests cover them). Command 906,
 * the technician's self-test, is: it is the one command after which single keys release lockers,
 * so the property "a locker releases iff the model says so" must cover it. The model's rule for
 * it (README, Self-test): card AND PIN of a maintenance or administrator user, not suspended,
 * within validity and schedule by the board's clock (a clock before 2024 refuses anyone with a
 * time restriction), only when neither lockdown nor open-all is latched. Then "#" releases the
 * locker asked for (1, 2, ... in turn), "*" skips it, "0" ends the test; so do a lockdown, an
 * open-all, a reboot, and a minute without a key.
 */

/** A self-test waiting this long for a key ends (README: "a minute without a key"). */
const SELF_TEST_IDLE_MS = 60000;
const SELF_TEST_COMMAND = "906";
/**
 * README, Throttling: a reader's counter is never reset by a match (the match takes back only its
 * own count); one failure is forgiven per 10 minutes of uptime since the last counted failure,
 * never at or above the disable mark, and a reboot starts that wait again.
 */
const READER_FORGIVE_MS = 10 * 60 * 1000;

export interface ModelUser {
  id: number;
  role: "sro" | "administrator" | "maintenance";
  lockers: number;
  flags: number; // 1 override lockdown, 2 two-person eligible, 4 card+PIN always, 16 suspended
  schedule: Array<{ days: number; startMinute: number; endMinute: number }>;
  validFrom: number;
  validUntil: number;
  card: string;
  pin: string;
  duressPin: string;
}

export interface ModelClass {
  needCard: boolean;
  needPin: boolean;
  twoPerson: boolean;
  weapon: boolean;
  roles: string[];
  staleNeedCard: boolean;
  staleNeedPin: boolean;
  /** 0 unknown, 1 rtc, 2 trusted. */
  minTrust: number;
  failClosed: boolean;
}

export interface ModelSite {
  lockers: number;
  classes: ModelClass[]; // per locker, index 0 = locker 1
  utcOffsetMinutes: number;
  windowMs: number;
  sessionMs: number;
  leaseSeconds: number;
  /** A battery-backed RTC: a plausible clock (2024 or later) counts as "rtc" at boot. */
  hasRtc: boolean;
  delayAfter: number;
  disableAfter: number;
  baseDelayMs: number;
}

export type ModelStep =
  | { kind: "entry"; digits: string }
  | { kind: "card"; hex: string; reader: number }
  | { kind: "wait"; ms: number }
  | { kind: "command"; name: "lockdown" | "clear-lockdown" | "open-all" | "clear-open-all" }
  | { kind: "input"; active: boolean }
  | { kind: "door"; locker: number; open: boolean }
  | { kind: "reboot" }
  | { kind: "clock-set" }
  | { kind: "sync" }
  /** One key on its own: the self-test's while it waits, otherwise an empty entry. */
  | { kind: "key"; key: "#" | "*" | "0" };

export class ReferenceModel {
  private readonly site: ModelSite;
  private readonly users: ModelUser[];
  now: number;
  released: string[] = [];
  // Survives reboots (flash):
  private mode: "normal" | "lockdown" | "open-all" = "normal";
  private lastSync = 0;
  private failures: Record<string, number> = {};
  // RAM:
  private trust = 0;
  private inputActive = false;
  private failedAt: Record<string, number> = {};
  /** Readers: from when one failure per READER_FORGIVE_MS of uptime is forgiven. */
  private forgiveFrom: Record<string, number> = {};
  /** What the last count replaced: a reader's match takes back only its own count. */
  private undo: { key: string; count: number; failedAt?: number; forgiveFrom?: number } | undefined;
  private session: { target: number; card?: ModelUser; pin?: ModelUser; touched: number } | undefined;
  private pending: { locker: number; user: number; at: number } | undefined;
  private selfTest: { locker: number; keyAt: number; lockers: number[] } | undefined;

  constructor(site: ModelSite, users: ModelUser[], startMs: number) {
    this.site = site;
    this.users = users;
    this.now = startMs;
    this.trust = this.bootTrust();
  }

  private bootTrust(): number {
    return this.site.hasRtc && this.now >= Date.UTC(2024, 0, 1) ? 1 : 0;
  }

  step(s: ModelStep): void {
    if (s.kind === "wait") {
      this.now += s.ms;
      return;
    }
    if (this.session && this.now >= this.session.touched + this.site.sessionMs) this.session = undefined;
    if (this.selfTest && this.now >= this.selfTest.keyAt + SELF_TEST_IDLE_MS) this.selfTest = undefined;
    if (s.kind === "key") return this.key(s.key);
    if (s.kind === "entry") return this.entry(s.digits);
    if (s.kind === "card") return this.card(s.hex, s.reader);
    if (s.kind === "command") return this.command(s.name);
    if (s.kind === "input") {
      this.inputActive = s.active;
      if (s.active) this.command("lockdown");
      return;
    }
    if (s.kind === "reboot") {
      this.trust = this.bootTrust();
      this.inputActive = false;
      this.session = undefined;
      this.pending = undefined;
      this.selfTest = undefined;
      this.failedAt = {};
      this.forgiveFrom = {};
      this.undo = undefined;
      for (const key of Object.keys(this.failures)) {
        if (this.failures[key] >= this.site.delayAfter) this.failedAt[key] = this.now;
        if (key.startsWith("reader-") && this.failures[key] > 0) this.forgiveFrom[key] = this.now;
      }
      if (this.mode === "open-all") this.released.push("all");
      return;
    }
    if (s.kind === "clock-set") this.trust = 2;
    if (s.kind === "sync") this.lastSync = Math.floor(this.now / 1000);
  }

  private command(name: string): void {
    if (name === "lockdown" && this.mode !== "lockdown") {
      this.mode = "lockdown";
      this.session = undefined;
      this.pending = undefined;
      this.selfTest = undefined;
    } else if (name === "lockdown") {
      // Already latched: nothing changes.
    } else if (name === "clear-lockdown" && this.mode === "lockdown" && !this.inputActive) {
      this.mode = "normal";
    } else if (name === "open-all" && this.mode !== "lockdown") {
      this.mode = "open-all";
      this.session = undefined;
      this.selfTest = undefined;
      this.released.push("all");
    } else if (name === "clear-open-all" && this.mode === "open-all") {
      this.mode = "normal";
    }
  }

  /** A reader below the disable mark loses one failure per READER_FORGIVE_MS since `forgiveFrom`. */
  private effective(key: string): number {
    const n = this.failures[key] ?? 0;
    if (!key.startsWith("reader-") || n >= this.site.disableAfter || this.forgiveFrom[key] === undefined) return n;
    return Math.max(0, n - Math.max(0, Math.floor((this.now - this.forgiveFrom[key]) / READER_FORGIVE_MS)));
  }

  private blocked(key: string): boolean {
    const n = this.effective(key);
    if (n >= this.site.disableAfter) return true;
    if (n < this.site.delayAfter) return false;
    const since = this.failedAt[key] ?? this.now;
    return this.now - since < this.site.baseDelayMs * 2 ** (n - this.site.delayAfter);
  }

  /** Counts before comparing; false when the attempt is refused unseen. */
  private count(key: string): boolean {
    if (this.blocked(key)) return false;
    const stored = this.failures[key] ?? 0;
    const base = this.effective(key);
    const from = this.forgiveFrom[key];
    this.undo = { key, count: base, failedAt: this.failedAt[key], forgiveFrom: from === undefined ? undefined : from + (stored - base) * READER_FORGIVE_MS };
    this.failures[key] = base + 1;
    if (this.failures[key] >= this.site.delayAfter) this.failedAt[key] = this.now;
    if (key.startsWith("reader-")) this.forgiveFrom[key] = this.now;
    return true;
  }

  /** A match: a credential starts over; a reader only takes back this attempt's count. */
  private clear(key: string): void {
    if (key.startsWith("reader-")) {
      const undo = this.undo;
      if (!undo || undo.key !== key) return;
      this.undo = undefined;
      this.failures[key] = undo.count;
      if (undo.count >= this.site.delayAfter && undo.failedAt !== undefined) this.failedAt[key] = undo.failedAt;
      else delete this.failedAt[key];
      if (undo.count > 0 && undo.forgiveFrom !== undefined) this.forgiveFrom[key] = undo.forgiveFrom;
      else delete this.forgiveFrom[key];
      return;
    }
    this.failures[key] = 0;
    delete this.failedAt[key];
  }

  private touch(): { target: number; card?: ModelUser; pin?: ModelUser; touched: number } {
    if (!this.session) this.session = { target: 0, touched: this.now };
    this.session.touched = this.now;
    return this.session;
  }

  private entry(digits: string): void {
    if (digits === "") return;
    const session = this.touch();
    if (digits === SELF_TEST_COMMAND) {
      session.target = Number(digits);
      return;
    }
    if (digits.length < 4) {
      const n = Number(digits);
      if (digits.length <= 2 && n >= 1 && n <= this.site.lockers) session.target = n;
      else this.session = undefined;
      return;
    }
    const key = session.card ? "u" + session.card.id : "reader-keypad";
    if (!this.count(key)) return void (this.session = undefined);
    const owner = this.users.find((u) => u.pin === digits || u.duressPin === digits);
    if (!owner || (session.card && session.card.id !== owner.id)) return void (this.session = undefined);
    if (!session.card) {
      if (this.blocked("u" + owner.id)) return void (this.session = undefined);
      this.clear("u" + owner.id);
    }
    this.clear(key);
    session.pin = owner;
    this.decide();
  }

  private card(hex: string, reader: number): void {
    if (this.session?.card) this.session = undefined;
    const session = this.touch();
    const key = session.pin ? "u" + session.pin.id : "reader-" + reader;
    if (!this.count(key)) return void (this.session = undefined);
    const owner = this.users.find((u) => u.card === hex);
    if (!owner || (session.pin && session.pin.id !== owner.id)) return void (this.session = undefined);
    this.clear(key);
    if (!session.pin && this.blocked("u" + owner.id)) return void (this.session = undefined);
    session.card = owner;
    this.decide();
  }

  private stale(): boolean {
    if (this.site.leaseSeconds <= 0) return false;
    const nowSeconds = this.now / 1000;
    return this.trust === 0 || this.lastSync === 0 || nowSeconds < this.lastSync || nowSeconds - this.lastSync > this.site.leaseSeconds;
  }

  private timeOk(c: ModelClass, u: ModelUser): boolean {
    const restricted = u.schedule.length > 0 || u.validFrom !== 0 || u.validUntil !== 0;
    if (this.trust < c.minTrust) return !(c.failClosed && restricted);
    return this.inTime(u);
  }

  /** Validity and weekly windows by the board's clock, whatever its trust. */
  private inTime(u: ModelUser): boolean {
    const seconds = Math.floor(this.now / 1000);
    if (u.validFrom !== 0 && seconds < u.validFrom) return false;
    if (u.validUntil !== 0 && seconds >= u.validUntil) return false;
    if (u.schedule.length === 0) return true;
    const local = new Date(this.now + this.site.utcOffsetMinutes * 60000);
    const day = local.getUTCDay();
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    return u.schedule.some((w) => (w.days & (1 << day)) !== 0 && minute >= w.startMinute && minute < w.endMinute);
  }

  private decide(): void {
    const session = this.session!;
    const u = (session.card ?? session.pin)!;
    if (String(session.target) === SELF_TEST_COMMAND) return this.decideSelfTest(u);
    let locker = session.target;
    if (locker === 0) {
      const mine = [];
      for (let n = 1; n <= this.site.lockers; n++) if (u.lockers & (1 << (n - 1))) mine.push(n);
      if (mine.length !== 1) return void (this.session = undefined);
      locker = mine[0];
    }
    const c = this.site.classes[locker - 1];
    const lockdown = this.mode === "lockdown";
    const refused =
      (u.flags & 16) !== 0 ||
      (u.lockers & (1 << (locker - 1))) === 0 ||
      !c.roles.includes(u.role) ||
      (lockdown && (u.flags & 1) === 0) ||
      (c.twoPerson && (u.flags & 2) === 0) ||
      !this.timeOk(c, u);
    if (refused) return void (this.session = undefined);
    const stale = this.stale();
    const strict = (u.flags & 4) !== 0 || lockdown;
    const needPin = c.needPin || (stale && c.staleNeedPin) || strict || c.weapon;
    const needCard = c.needCard || (stale && c.staleNeedCard) || strict;
    if ((needPin && !session.pin) || (needCard && !session.card)) {
      session.target = locker;
      return;
    }
    this.session = undefined;
    if (c.twoPerson) {
      const p = this.pending;
      const live = p && p.locker === locker && this.now - p.at <= this.site.windowMs;
      if (live && p.user === u.id) return;
      if (!live) return void (this.pending = { locker, user: u.id, at: this.now });
      this.pending = undefined;
    }
    this.released.push(String(locker));
  }

  private decideSelfTest(u: ModelUser): void {
    const session = this.session!;
    if (!session.card || !session.pin) return;
    this.session = undefined;
    const restricted = u.schedule.length > 0 || u.validFrom !== 0 || u.validUntil !== 0;
    const clockSet = this.now >= Date.UTC(2024, 0, 1);
    const allowed =
      (u.flags & 16) === 0 &&
      (u.role === "maintenance" || u.role === "administrator") &&
      (clockSet ? this.inTime(u) : !restricted) &&
      this.mode === "normal";
    // The test only asks about the lockers its starter has rights to, never a two-person one; the rest are skipped.
    const permitted: number[] = [];
    for (let n = 1; n <= this.site.lockers; n++) if ((u.lockers >>> (n - 1)) & 1 && !this.site.classes[n - 1].twoPerson) permitted.push(n);
    if (allowed && !this.selfTest && permitted.length > 0) this.selfTest = { locker: permitted[0], keyAt: this.now, lockers: permitted };
  }

  private key(key: "#" | "*" | "0"): void {
    const test = this.selfTest;
    if (!test) return;
    if (key === "0") return void (this.selfTest = undefined);
    if (key === "#") this.released.push(String(test.locker));
    const next = test.lockers.find((n) => n > test.locker);
    test.keyAt = this.now;
    if (next === undefined) this.selfTest = undefined;
    else test.locker = next;
  }
}
