import { USER_FLAGS, type UserRecord } from "../credentials/types";
import { trustRank, type ClockTrust } from "./access-config";
import { COMMAND_RESET_THROTTLES } from "./keypad-grammar";

/**
 * Whether this user may give an administrator command at the keypad ("" if so). Lockdown and
 * open-all also need the lockdownControl flag. Validity is checked whenever the clock is at least
 * RTC-backed; with an unknown clock it is skipped so a lockdown can always be called.
 */
export function judgeAdministrator(user: UserRecord, code: number, nowMs: number, clockTrust: ClockTrust): string {
  if ((user.flags & USER_FLAGS.suspended) !== 0) return "suspended";
  if (user.role !== "administrator") return "role-not-allowed";
  if (code !== COMMAND_RESET_THROTTLES && (user.flags & USER_FLAGS.lockdownControl) === 0) return "no-lockdown-control";
  if (trustRank(clockTrust) >= trustRank("rtc")) {
    const nowSeconds = Math.floor(nowMs / 1000);
    if (user.validFrom !== 0 && nowSeconds < user.validFrom) return "not-yet-valid";
    if (user.validUntil !== 0 && nowSeconds >= user.validUntil) return "expired";
  }
  return "";
}
