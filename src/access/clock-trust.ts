import type { ClockTrust } from "./access-config";

/** Any clock before this (2024-01-01 UTC) was never set: a board counting from 1970 or 2000. */
export const PLAUSIBLE_EPOCH_MS = 1704067200000;

/**
 * Clock trust since boot: "trusted" once the hub or NTP has set the clock; before that "rtc"
 * when a battery-backed RTC kept a plausible time over the reset, else "unknown".
 */
export function initialClockTrust(hasRtc: boolean, nowMs: number): ClockTrust {
  return hasRtc && nowMs >= PLAUSIBLE_EPOCH_MS ? "rtc" : "unknown";
}
