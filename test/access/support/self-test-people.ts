/** The people of the self-test command (906) tests: the sample site's technician and its neighbours. */
import { USER_FLAGS } from "../../../src/credentials/types";
import { cardRead, user, type Rig } from "./fakes";

/** 2025-03-08 09:00 UTC, a Saturday: inside the technician's window. */
export const SATURDAY_9_UTC = Date.UTC(2025, 2, 8, 9, 0, 0);

/**
 * Like "Tech Ruiz" in scripts/credentials/sample-users.json (maintenance, Saturday 08:00-12:00),
 * but commissioning the bank: rights to lockers 1-4, so the self-test may ask about each.
 */
export const technician = user(900, { role: "maintenance", lockers: 0b1111, cards: ["a0b0c0d0"], pin: "246810", schedule: [{ days: 1 << 6, startMinute: 480, endMinute: 720 }] });
/** Rights to locker 2 only (as the sample Tech Ruiz): the self-test skips every other locker. */
export const lockerTwoTechnician = user(901, { role: "maintenance", lockers: 0b10, cards: ["a0b0c0d1"], pin: "246811" });
/** No lockdown control: the self-test does not need it. No time restriction. Rights to lockers 1-2. */
export const administrator = user(8, { role: "administrator", lockers: 0b11, flags: USER_FLAGS.cardAndPinRequired, cards: ["55667788"], pin: "86420" });
export const officer = user(101, { role: "sro", lockers: 1, flags: USER_FLAGS.overrideLockdown, cards: ["04a1b2c3"], pin: "4821" });

export const selfTestPeople = [technician, lockerTwoTechnician, administrator, officer];

/** 906, then the person's card, then their PIN, as at the keypad. */
export function startSelfTest(r: Rig, who: { cards: string[]; pin?: string }): void {
  r.access.keypadEntry("906");
  r.access.card(cardRead(who.cards[0]));
  r.access.keypadEntry(who.pin!);
}

/** Lockers released one by one (not open-all). */
export function singleReleases(r: Rig): number[] {
  return r.bank.releases();
}
