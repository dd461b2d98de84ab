/**
 * Wall-clock arithmetic for schedules in LOCAL time without Date objects (no allocation per
 * decision, and no dependence on the interpreter's idea of a time zone, which boards lack):
 * a fixed UTC offset plus an optional summer-time rule.
 */

const DAY_MS = 86400000;
const HOUR_MS = 3600000;

export interface LocalTimeRule {
  utcOffsetMinutes: number;
  dst: "none" | "us" | "eu";
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function yearOfDay(days: number): number {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  return yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
}

/** 0 = Sunday, as Date#getDay. */
export function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Day number of the n-th (1-based) Sunday of a month; n = 5 means the last one. */
function sundayOf(year: number, month: number, n: number): number {
  if (n === 5) {
    const last = daysFromCivil(year, month + 1, 1) - 1;
    return last - weekdayOfDay(last);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((7 - weekdayOfDay(first)) % 7) + (n - 1) * 7;
}

function inSummerTime(utcMs: number, rule: LocalTimeRule): boolean {
  if (rule.dst === "none") return false;
  const standardMs = utcMs + rule.utcOffsetMinutes * 60000;
  const year = yearOfDay(Math.floor(standardMs / DAY_MS));
  if (rule.dst === "us") {
    // 02:00 local standard time on the second Sunday of March to 02:00 local summer time (01:00 standard) on the first Sunday of November.
    const startStandard = sundayOf(year, 3, 2) * DAY_MS + 2 * HOUR_MS;
    const endStandard = sundayOf(year, 11, 1) * DAY_MS + HOUR_MS;
    return standardMs >= startStandard && standardMs < endStandard;
  }
  // EU: 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
  const start = sundayOf(year, 3, 5) * DAY_MS + HOUR_MS;
  const end = sundayOf(year, 10, 5) * DAY_MS + HOUR_MS;
  return utcMs >= start && utcMs < end;
}

/** Local time as milliseconds since 1970-01-01 00:00 LOCAL. */
export function localMs(utcMs: number, rule: LocalTimeRule): number {
  return utcMs + rule.utcOffsetMinutes * 60000 + (inSummerTime(utcMs, rule) ? HOUR_MS : 0);
}

/** Local weekday (0 = Sunday) and minute of the day, packed as weekday * 1440 + minute. */
export function localMinuteOfWeek(utcMs: number, rule: LocalTimeRule): number {
  const local = localMs(utcMs, rule);
  const days = Math.floor(local / DAY_MS);
  return weekdayOfDay(days) * 1440 + Math.floor((local - days * DAY_MS) / 60000);
}
