/**
 * What every lock release on a run must satisfy, read from the lock outputs' pin histories and
 * the board's events. Returns what broke, in words; an empty list when nothing did.
 *
 * The firmware logs `released` as the output goes active, and logs the decision that asked for
 * it right after, at the same board time (access-granted, open-all-entered, selftest-released);
 * a release the bank's supply had to queue comes later, owed by that decision. A restored
 * open-all latch (latch-restored · open-all) at boot releases again.
 */
import { classOfLocker, defaultAccessConfig } from "../../../src/access/access-config";
import type { FirmwareEvent } from "../../../src/events";
import { SAMPLE_USERS, type BankTrace } from "./bank-run";

const SAME_TIME_MS = 2;
/** The longest a queued release can wait: 7 lockers through one free output at 5 s + 200 ms each. */
const QUEUE_WAIT_MS = 120000;
/** Lockdown input debounce (100 ms on boards/virtual.json) with room to spare. */
const INPUT_LATCH_MS = 300;

const CONFIG = defaultAccessConfig();
const OVERRIDE_USERS = new Set(SAMPLE_USERS.filter((u) => (u.flags ?? []).includes("overrideLockdown")).map((u) => u.id));
const PINS = new Map(SAMPLE_USERS.map((u) => [u.id, [u.pin, u.duressPin].filter((p): p is string => p !== undefined)]));
/** A decision that ends the session of the person at the bank: a later grant needs new proof. */
const SESSION_ENDS = new Set(["boot", "access-granted", "access-denied", "admin-command", "lockdown-entered", "open-all-entered"]);
/** secureAll(): every queued release is cancelled. */
const QUEUE_CLEARED = new Set(["boot", "lockdown-entered", "selftest-aborted", "open-all-cleared"]);

export function releaseViolations(trace: BankTrace): string[] {
  const problems: string[] = [];
  const at = (t: number) => `t=${((t - trace.startMs) / 1000).toFixed(3)}s`;
  const events = trace.events;

  // Every output that goes active is logged as `released` at that time, and nothing else is.
  const releasedEvents = events.filter((e) => e.type === "released");
  const used = new Set<FirmwareEvent>();
  trace.releasesByLocker.forEach((times, index) => {
    for (const t of times) {
      const event = releasedEvents.find((e) => !used.has(e) && e.locker === index + 1 && Math.abs(e.t - t) <= SAME_TIME_MS);
      if (event) used.add(event);
      else problems.push(`locker ${index + 1} output went active at ${at(t)} with no 'released' event`);
    }
  });
  for (const e of releasedEvents) if (!used.has(e)) problems.push(`'released' for locker ${e.locker} at ${at(e.t)} but its output never went active`);

  // Each release is owed by a logged decision; while a lockdown is latched only an override user's grant.
  const owed = new Map<number, FirmwareEvent>();
  let waiting: FirmwareEvent[] = [];
  /** Lockers released as the log tells it, in stream order (the outputs were matched to it above). */
  const active = new Set<number>();
  let latched = false;
  let lastClearT = -Infinity;
  let sessionStart = -Infinity;
  const inputLatched = (t: number) =>
    trace.lockdownInputOn.some(([from, to]) => Math.max(from, lastClearT) + INPUT_LATCH_MS <= Math.min(to, t));
  const attribute = (release: FirmwareEvent, reason: FirmwareEvent) => {
    if (!(latched || inputLatched(release.t))) return;
    if (reason.type === "access-granted" && OVERRIDE_USERS.has(reason.user!)) return;
    problems.push(`locker ${release.locker} released at ${at(release.t)} during a lockdown, by ${reason.type} (user ${reason.user ?? "-"})`);
  };
  const unexplained = (release: FirmwareEvent) =>
    problems.push(`locker ${release.locker} released at ${at(release.t)} with no logged grant, open-all or self-test release`);
  const owe = (reason: FirmwareEvent, lockers: number[]) => {
    for (const locker of lockers) {
      const release = waiting.find((r) => r.locker === locker && Math.abs(r.t - reason.t) <= SAME_TIME_MS);
      if (release) {
        waiting = waiting.filter((r) => r !== release);
        attribute(release, reason);
      } else if (!active.has(locker)) {
        // An active lock asked again only keeps its release going: nothing more is owed.
        owed.set(locker, reason);
      }
    }
  };
  const everyLocker = Array.from({ length: trace.lockerCount }, (_, i) => i + 1);

  for (const e of events) {
    for (const r of waiting.filter((r) => r.t < e.t - SAME_TIME_MS)) unexplained(r);
    waiting = waiting.filter((r) => r.t >= e.t - SAME_TIME_MS);
    if (e.type === "released") active.add(e.locker!);
    if (e.type === "relocked") active.delete(e.locker!);
    if (e.type === "boot") active.clear();
    if (e.type === "released") {
      const reason = owed.get(e.locker!);
      owed.delete(e.locker!);
      if (reason && reason.t >= e.t - QUEUE_WAIT_MS) attribute(e, reason);
      else waiting.push(e);
    } else if (e.type === "access-granted" || e.type === "selftest-released") {
      if (e.type === "access-granted") checkProof(e);
      owe(e, [e.locker!]);
    } else if (e.type === "open-all-entered" || (e.type === "latch-restored" && e.reason === "open-all")) {
      owe(e, everyLocker);
    } else if (e.type === "lockdown-entered" || (e.type === "latch-restored" && e.reason === "lockdown")) {
      latched = true;
    } else if (e.type === "lockdown-cleared") {
      latched = false;
      lastClearT = e.t;
    }
    if (QUEUE_CLEARED.has(e.type)) {
      waiting.forEach(unexplained);
      waiting = [];
      owed.clear();
    }
    if (SESSION_ENDS.has(e.type) || (e.type === "access-pending" && /^(two-person-first|second-administrator)$/.test(e.reason ?? ""))) {
      sessionStart = e.t;
    }
  }
  waiting.forEach(unexplained);

  // A weapon locker is granted only to someone whose own PIN was entered in this session.
  function checkProof(grant: FirmwareEvent): void {
    if (!classOfLocker(CONFIG, grant.locker!).weapon) return;
    const pins = PINS.get(grant.user!) ?? [];
    const typed = trace.pinSubmissions.some(
      (s) => s.t >= sessionStart && s.t <= grant.t && s.candidates.some((c) => pins.includes(c)),
    );
    if (!typed) problems.push(`weapon locker ${grant.locker} granted at ${at(grant.t)} to user ${grant.user} without their PIN (${grant.reason})`);
  }

  // Power-on and reset leave every lock secured (a restored open-all latch releases again).
  for (const boot of trace.boots) {
    if (boot.released.length > 0 && !boot.openAllRestored) {
      problems.push(`lockers ${boot.released.join(", ")} active right after the boot at ${at(boot.t)}`);
    }
  }
  return problems;
}
