import { USER_FLAGS, type UserRecord } from "../credentials/types";
import { trustRank, WEAPON_CLASS, type AccessConfig, type ClockTrust, type LockerClass } from "./access-config";
import { PLAUSIBLE_EPOCH_MS } from "./clock-trust";
import { COMMAND_LOCKDOWN, COMMAND_RESET_THROTTLES } from "./keypad-grammar";
import { hasTimeRestriction, timeCheck } from "./policy";

/** timeCheck's rule for the self-test: always checked (the caller has ruled out an unset clock). */
const SELF_TEST_TIME_RULE: LockerClass = WEAPON_CLASS;

/**
 * Whether this user may give an administrator command at the keypad ("" if so). Lockdown and
 * open-all also need the lockdownControl flag. Validity is checked whenever the clock is at least
 * RTC-backed. With an unknown clock it is skipped only for lockdown, so a lockdown can always be
 * called; every other command opens or weakens something, so it fails closed for anyone whose
 * rights end (or start) at a date nobody can check.
 */
export function judgeAdministrator(user: UserRecord, code: number, nowMs: number, clockTrust: ClockTrust): string {
  if ((user.flags & USER_FLAGS.suspended) !== 0) return "suspended";
  if (user.role !== "administrator") return "role-not-allowed";
  if (code !== COMMAND_RESET_THROTTLES && (user.flags & USER_FLAGS.lockdownControl) === 0) return "no-lockdown-control";
  if (trustRank(clockTrust) < trustRank("rtc")) {
    if (code !== COMMAND_LOCKDOWN && (user.validFrom !== 0 || user.validUntil !== 0)) return "clock-untrusted";
  } else {
    const nowSeconds = Math.floor(nowMs / 1000);
    if (user.validFrom !== 0 && nowSeconds < user.validFrom) return "not-yet-valid";
    if (user.validUntil !== 0 && nowSeconds >= user.validUntil) return "expired";
  }
  return "";
}

/**
 * Whether this user may start the technician's self-test (command 906, card + PIN already
 * matched): "" if so. The self-test can release any locker of the bank, so validity and weekly
 * windows are never skipped. They are checked against the board's clock whatever its trust:
 * without a battery RTC, a clock that reads a real date was set by the hub and kept through a
 * reset, and one that was never set (before PLAUSIBLE_EPOCH_MS) fails closed for anyone whose
 * rights depend on time.
 */
export function judgeSelfTest(config: AccessConfig, user: UserRecord, nowMs: number): string {
  if ((user.flags & USER_FLAGS.suspended) !== 0) return "suspended";
  if (user.role !== "maintenance" && user.role !== "administrator") return "role-not-allowed";
  if (nowMs < PLAUSIBLE_EPOCH_MS) return hasTimeRestriction(user) ? "clock-untrusted" : "";
  return timeCheck(config, SELF_TEST_TIME_RULE, user, nowMs, "trusted");
}
