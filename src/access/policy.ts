/**
 * The decision for ONE person at ONE locker, as a pure function of what they presented, who
 * they are and the board's situation. Two-person pairing, throttling and latches' effects on
 * outputs live in the controller; everything that makes a single person acceptable lives here.
 */
import { ROLES, USER_FLAGS, type UserRecord } from "../credentials/types";
import { trustRank, type AccessConfig, type ClockTrust, type Factors, type LockerClass } from "./access-config";
import { localMinuteOfWeek } from "./local-time";

export const FACTOR_CARD = 1;
export const FACTOR_PIN = 2;

export interface PersonRequest {
  locker: number;
  user: UserRecord;
  /** FACTOR_* bits the person presented, each already matched to `user`. */
  presented: number;
  nowMs: number;
  clockTrust: ClockTrust;
  /** No credential sync within the lease. */
  stale: boolean;
  lockdown: boolean;
}

export interface PersonVerdict {
  verdict: "granted" | "denied" | "more";
  /** Machine-readable: why denied, what is missing ("need-pin"), or what sufficed ("card+pin"). */
  reason: string;
}

export function factorBits(factors: Factors): number {
  return factors === "card" ? FACTOR_CARD : factors === "pin" ? FACTOR_PIN : FACTOR_CARD | FACTOR_PIN;
}

export function factorName(bits: number): string {
  return bits === FACTOR_CARD ? "card" : bits === FACTOR_PIN ? "pin" : "card+pin";
}

/** Every rule that can demand more proof, combined; a weapon locker never settles for a card alone. */
export function requiredFactors(lockerClass: LockerClass, user: UserRecord, stale: boolean, lockdown: boolean): number {
  let bits = factorBits(lockerClass.factors);
  if (stale) bits |= factorBits(lockerClass.staleFactors);
  if ((user.flags & USER_FLAGS.cardAndPinRequired) !== 0) bits |= FACTOR_CARD | FACTOR_PIN;
  // Lockdown overrides are the most sensitive openings there are: full proof, whatever the class.
  if (lockdown) bits |= FACTOR_CARD | FACTOR_PIN;
  if (lockerClass.weapon && (bits & FACTOR_PIN) === 0) bits |= FACTOR_PIN;
  return bits;
}

export function roleBit(user: UserRecord): number {
  const index = ROLES.indexOf(user.role);
  return index < 0 ? 0 : 1 << index;
}

export function hasTimeRestriction(user: UserRecord): boolean {
  return user.schedule.length > 0 || user.validFrom !== 0 || user.validUntil !== 0;
}

/** Validity and weekly windows, or the reason they fail; "" when the user may open now. */
export function timeCheck(config: AccessConfig, lockerClass: LockerClass, user: UserRecord, nowMs: number, clockTrust: ClockTrust): string {
  if (trustRank(clockTrust) < trustRank(lockerClass.minClockTrust)) {
    if (lockerClass.untrustedClock === "skip") return "";
    return hasTimeRestriction(user) ? "clock-untrusted" : "";
  }
  const nowSeconds = Math.floor(nowMs / 1000);
  if (user.validFrom !== 0 && nowSeconds < user.validFrom) return "not-yet-valid";
  if (user.validUntil !== 0 && nowSeconds >= user.validUntil) return "expired";
  if (user.schedule.length === 0) return "";
  const minuteOfWeek = localMinuteOfWeek(nowMs, config);
  const weekday = Math.floor(minuteOfWeek / 1440);
  const minute = minuteOfWeek - weekday * 1440;
  for (let i = 0; i < user.schedule.length; i++) {
    const window = user.schedule[i];
    if ((window.days & (1 << weekday)) !== 0 && minute >= window.startMinute && minute < window.endMinute) return "";
  }
  return "outside-schedule";
}

export function judgePerson(config: AccessConfig, lockerClass: LockerClass, request: PersonRequest): PersonVerdict {
  const user = request.user;
  if ((user.flags & USER_FLAGS.suspended) !== 0) return { verdict: "denied", reason: "suspended" };
  if (request.locker < 1 || request.locker > 32 || ((user.lockers >>> (request.locker - 1)) & 1) === 0) {
    return { verdict: "denied", reason: "not-authorised" };
  }
  if ((lockerClass.roles & roleBit(user)) === 0) return { verdict: "denied", reason: "role-not-allowed" };
  if (request.lockdown && (user.flags & USER_FLAGS.overrideLockdown) === 0) return { verdict: "denied", reason: "lockdown" };
  if (lockerClass.twoPerson && (user.flags & USER_FLAGS.twoPersonEligible) === 0) {
    return { verdict: "denied", reason: "not-two-person-eligible" };
  }
  const timeProblem = timeCheck(config, lockerClass, user, request.nowMs, request.clockTrust);
  if (timeProblem !== "") return { verdict: "denied", reason: timeProblem };
  const required = requiredFactors(lockerClass, user, request.stale, request.lockdown);
  const missing = required & ~request.presented;
  if ((missing & FACTOR_PIN) !== 0) return { verdict: "more", reason: "need-pin" };
  if ((missing & FACTOR_CARD) !== 0) return { verdict: "more", reason: "need-card" };
  return { verdict: "granted", reason: factorName(required) };
}
