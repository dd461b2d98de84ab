/**
 * What the policy asks of the credential table. The table lives in flash and is searched in
 * place: nothing here is kept per user in RAM. Each lookup decodes one small UserRecord from
 * flash and hands it over; callers must not hold on to records longer than a decision needs.
 */

export type Role = "sro" | "administrator" | "maintenance";

/** Role codes as stored in the table (index = code). Append only. */
export const ROLES: Role[] = ["sro", "administrator", "maintenance"];

/**
 * A weekly window in LOCAL time: on any day whose bit is set in `days` (bit 0 = Sunday ...
 * bit 6 = Saturday, as Date#getDay), from `startMinute` (inclusive) to `endMinute` (exclusive),
 * minutes since local midnight, 0 <= start < end <= 1440. A window never crosses midnight: the
 * hub splits one that does into two.
 */
export interface WeeklyWindow {
  days: number;
  startMinute: number;
  endMinute: number;
}

/** Bits of UserRecord.flags. Append only. */
export const USER_FLAGS = {
  /** May open while lockdown is in force (the explicit override role of DESIGN.md). */
  overrideLockdown: 1,
  /** Counts as one of the two people a two-person locker needs. */
  twoPersonEligible: 2,
  /** Must present card AND PIN wherever this user opens, whatever the locker class says. */
  cardAndPinRequired: 4,
  /** May trigger or clear lockdown / open-all at the keypad (administrators). */
  lockdownControl: 8,
  /** Account suspended by the hub: every attempt is refused (kept so refusals name the user). */
  suspended: 16,
};

export interface UserRecord {
  /** The hub's user id (unsigned 32-bit); also what the audit log records. */
  id: number;
  role: Role;
  /** Lockers this user may open: bit 0 = locker 1 ... bit 31 = locker 32 (unsigned). */
  lockers: number;
  /** Weekly windows in local time. Empty array: no time restriction. */
  schedule: WeeklyWindow[];
  /** Epoch seconds (UTC); 0 = no lower bound. */
  validFrom: number;
  /** Epoch seconds (UTC), exclusive; 0 = no upper bound. */
  validUntil: number;
  /** USER_FLAGS bits. */
  flags: number;
}

export interface PinMatch {
  user: UserRecord;
  /** The duress variant of this user's PIN: open as normal AND raise the silent alarm. */
  duress: boolean;
}

export interface CredentialStore {
  /** Version of the bundle in force; 0 when none is loaded (then every lookup misses). */
  version(): number;
  /** Hub time the bundle in force was issued (epoch s); 0 when none. */
  issuedAt(): number;
  userCount(): number;
  /** The user holding this card UID (raw UID bytes as the reader gives them), or undefined. */
  lookupCard(uid: Uint8Array): UserRecord | undefined;
  /**
   * The user whose PIN (or duress PIN) this is, or undefined. Digits only, as typed without
   * the final '#'. Looked up in a table apart from cards under another hash domain, so a card
   * number typed on the keypad never matches.
   */
  lookupPin(pin: string): PinMatch | undefined;
  user(id: number): UserRecord | undefined;
}
