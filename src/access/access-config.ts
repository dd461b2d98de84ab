/**
 * Site configuration of the access core: which class each locker belongs to and what each class
 * demands. Locker classes are site policy, not wiring, so they live here (and later in a signed
 * site configuration from the hub), never in the board file.
 */

/** What one person must present. */
export type Factors = "card" | "pin" | "card+pin";

/** How trustworthy the board's wall clock is right now. */
export type ClockTrust = "trusted" | "rtc" | "unknown";

export interface LockerClass {
  /** Short name for events and the console ("weapon", "radio"). */
  name: string;
  /** Factors each person presents. */
  factors: Factors;
  /** Two DIFFERENT authorised users, each presenting `factors`, within `twoPersonWindowMs`. */
  twoPerson: boolean;
  /**
   * Weapon lockers: a card alone never opens them, whatever `factors` or a step-up says
   * (card is always raised to card+pin).
   */
  weapon: boolean;
  /** Bitmask of role codes (bit = index in ROLES) allowed to open lockers of this class. */
  roles: number;
  /** Factors required instead when the credential cache is stale (no sync within the lease). */
  staleFactors: Factors;
  /** Lowest clock trust at which schedules and validity are checked as usual. */
  minClockTrust: ClockTrust;
  /**
   * Below `minClockTrust`: "deny" fails closed for every user with a schedule or a validity bound
   * (users with no time restriction still open); "skip" ignores time restrictions.
   */
  untrustedClock: "deny" | "skip";
}

export interface AccessConfig {
  classes: LockerClass[];
  /** Class index per locker (index 0 = locker 1); lockers beyond the array use `defaultClass`. */
  lockerClass: number[];
  defaultClass: number;
  /** Local time = UTC + offset (minutes), plus one hour in summer when `dst` names a rule. */
  utcOffsetMinutes: number;
  dst: "none" | "us" | "eu";
  /** Both people of a two-person opening (and both administrators clearing a lockdown) within this. */
  twoPersonWindowMs: number;
  /** A keypad/card session is dropped this long after its last input. */
  sessionTimeoutMs: number;
  /** Credential cache lease: older than this since the last sync counts as stale. 0 = never stale. */
  leaseSeconds: number;
  /** Consecutive failures before delays start, and before the credential/reader is disabled. */
  throttleDelayAfter: number;
  throttleDisableAfter: number;
  /** First delay; doubled for each further failure. */
  throttleBaseDelayMs: number;
  /** The board's clock is kept by a battery-backed RTC across power cuts. */
  hasRtc: boolean;
}

/**
 * A reader's counter (keypad, card reader) is never reset by a success: anyone who knows one PIN
 * could otherwise wipe the count between guesses. It is forgiven instead, one failure per this
 * much time the board has been up since the last counted failure: sustained guessing is limited
 * to about 60 / 10 = 6 guesses an hour per reader, while a few typos a day never disable it.
 * Not while disabled (10+): only an administrator's reset (905) re-enables a reader.
 */
export const READER_FORGIVE_MS = 10 * 60 * 1000;

export const ROLE_SRO = 1;
export const ROLE_ADMINISTRATOR = 2;
export const ROLE_MAINTENANCE = 4;

/** Weapon lockers are card+PIN, SROs only, fail closed on an untrusted clock. */
export const WEAPON_CLASS: LockerClass = {
  name: "weapon",
  factors: "card+pin",
  twoPerson: false,
  weapon: true,
  roles: ROLE_SRO,
  staleFactors: "card+pin",
  minClockTrust: "rtc",
  untrustedClock: "deny",
};

export function defaultAccessConfig(): AccessConfig {
  return {
    classes: [
      WEAPON_CLASS,
      { name: "gear", factors: "card", twoPerson: false, weapon: false, roles: ROLE_SRO | ROLE_ADMINISTRATOR | ROLE_MAINTENANCE, staleFactors: "card+pin", minClockTrust: "rtc", untrustedClock: "skip" },
      { name: "radio", factors: "pin", twoPerson: false, weapon: false, roles: ROLE_SRO | ROLE_ADMINISTRATOR | ROLE_MAINTENANCE, staleFactors: "card+pin", minClockTrust: "rtc", untrustedClock: "skip" },
      { name: "armory", factors: "card+pin", twoPerson: true, weapon: true, roles: ROLE_SRO | ROLE_ADMINISTRATOR, staleFactors: "card+pin", minClockTrust: "trusted", untrustedClock: "deny" },
    ],
    // As in the sample site (scripts/credentials/sample-users.json): 1 card, 2 PIN, 3 weapon, 4 two-person; the rest weapon.
    lockerClass: [1, 2, 0, 3],
    defaultClass: 0,
    utcOffsetMinutes: 0,
    dst: "none",
    twoPersonWindowMs: 60000,
    sessionTimeoutMs: 20000,
    leaseSeconds: 7 * 24 * 3600,
    throttleDelayAfter: 5,
    throttleDisableAfter: 10,
    throttleBaseDelayMs: 30000,
    hasRtc: false,
  };
}

export function classOfLocker(config: AccessConfig, locker: number): LockerClass {
  const index = locker - 1 < config.lockerClass.length ? config.lockerClass[locker - 1] : config.defaultClass;
  const chosen = config.classes[index];
  return chosen !== undefined ? chosen : WEAPON_CLASS;
}

export function trustRank(trust: ClockTrust): number {
  return trust === "trusted" ? 2 : trust === "rtc" ? 1 : 0;
}
