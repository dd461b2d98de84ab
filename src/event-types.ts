/**
 * Every event the firmware reports, by name. The audit log stores the index (its code): append
 * new names at the end, never reorder or remove, or old logs would be read wrongly.
 */
export const EVENT_TYPES = [
  "unknown",
  "boot",
  "door-opened",
  "door-closed",
  "tamper-opened",
  "tamper-closed",
  "lockdown-input-active",
  "lockdown-input-idle",
  "released",
  "relocked",
  "forced",
  "held-open",
  "held-open-reminder",
  "lock-fail",
  "tamper-fault",
  "tamper-fault-cleared",
  "lockdown-input-fault",
  "lockdown-input-fault-cleared",
  "selftest-started",
  "selftest-door",
  "selftest-device",
  "selftest-confirm-wanted",
  "selftest-released",
  "selftest-skipped",
  "selftest-finished",
  "selftest-aborted",
  "maintenance-refused",
  "log-torn-record",
  "log-corrupt-record",
  "log-fill-80",
  "log-fill-95",
  "log-dropped",
  "log-development-key",
  "log-restarted",
] as const;

export type EventTypeName = (typeof EVENT_TYPES)[number];
