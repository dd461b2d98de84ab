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
] as const;

export type EventTypeName = (typeof EVENT_TYPES)[number];
