/**
 * Reason codes stored in audit records (byte 28): the index in REASONS. Append new names at the
 * end, never reorder or remove, or old logs would be read wrongly. A reason the registry does not
 * know is stored as "other" (the console line still carries the text). Every reason the access
 * core emits (src/access/reason-names.ts) has its own code here.
 */
export const REASONS = [
  "none",
  "other",
  "unknown-card",
  "unknown-pin",
  "wrong-pin",
  "not-authorised",
  "outside-schedule",
  "not-yet-valid",
  "expired",
  "suspended",
  "lockdown",
  "throttled",
  "duress",
  "stale-credentials",
  "two-person-required",
  "open-all",
  "released",
  "held-open",
  "development-key",
  "bad-entry",
  "card-mismatch",
  "credential-disabled",
  "reader-disabled",
  "select-locker",
  "same-person",
  "state-write-failed",
  "session-timeout",
  "role-not-allowed",
  "not-two-person-eligible",
  "clock-untrusted",
  "no-lockdown-control",
  "need-pin",
  "need-card",
  "two-person-first",
  "second-administrator",
  "card",
  "pin",
  "card+pin",
  "two-person",
  "duress-pin",
  "normal",
  "clear-lockdown",
  "clear-open-all",
  "reset-throttles",
  "silence-alarm",
  "locker",
  "not-lockdown",
  "not-open-all",
  "lockdown-input-active",
  "not-persisted",
  "keypad",
  "input",
  "self-test",
  "self-test-unavailable",
];

export function reasonCode(name: string | undefined): number {
  if (name === undefined) return 0;
  const index = REASONS.indexOf(name);
  return index < 0 ? 1 : index;
}

export function reasonName(code: number): string {
  return code < REASONS.length ? REASONS[code] : "reason-" + code;
}
