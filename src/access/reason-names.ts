/**
 * Every `reason` the access core puts on an event, so the audit log can give each one its own
 * code (src/audit/reasons.ts) and a test can prove none is missing. A reason added to the access
 * core belongs here too; test/audit/every-access-reason-has-its-own-audit-code.test.ts drives
 * the core with random input and fails on any reason not listed.
 *
 * Sources of commands other than "keypad" and "input" come from the caller (hub, console) and
 * are stored as "other" with the text on the console line.
 */
export const ACCESS_REASONS = [
  // denials
  "bad-entry",
  "wrong-pin",
  "unknown-pin",
  "unknown-card",
  "card-mismatch",
  "credential-disabled",
  "reader-disabled",
  "throttled",
  "not-authorised",
  "select-locker",
  "same-person",
  "state-write-failed",
  "session-timeout",
  "suspended",
  "role-not-allowed",
  "lockdown",
  "not-two-person-eligible",
  "clock-untrusted",
  "not-yet-valid",
  "expired",
  "outside-schedule",
  "no-lockdown-control",
  // step-ups (access-pending)
  "need-pin",
  "need-card",
  "two-person-first",
  "second-administrator",
  // grants: the proof that opened
  "card",
  "pin",
  "card+pin",
  "two-person",
  "duress-pin",
  // latched modes, command names and their refusals
  "normal",
  "open-all",
  "clear-lockdown",
  "clear-open-all",
  "reset-throttles",
  "silence-alarm",
  "locker",
  "not-lockdown",
  "not-open-all",
  "lockdown-input-active",
  "not-persisted",
  "self-test",
  "self-test-unavailable",
  // where a command came from
  "keypad",
  "input",
];
