import { randomBytes } from "node:crypto";
import { NorFlash } from "../../../hal/virtual/flash/nor-flash";
import { buildBundle, type UserSpec } from "../../../scripts/credentials/bundle-builder";
import { openCredentialCache, type DeviceIdentity } from "../../../src/credentials/credential-cache";
import { createFlashArea } from "../../../src/persist/byte-area";
import { openFlashState } from "../../../src/persist/flash-state";
import { crypto, hostFlashPages } from "../../persist/support/host-flash";

export { crypto };

export const SLOT_A = { start: 0x10000, size: 0x4000 };
export const SLOT_B = { start: 0x14000, size: 0x4000 };
/** The board's DurableState beside the slots: it keeps the version floor, and power cuts reach it too. */
export const STATE = { start: 0x18000, size: 0x2000 };

export function credentialFlash(): NorFlash {
  return new NorFlash({ base: 0x10000, regions: [{ start: 0x10000, size: 0xa000, eraseUnit: 4096 }], strict: true });
}

export function newIdentity(id = "bank-test-01"): DeviceIdentity {
  return { id, key: new Uint8Array(randomBytes(32)) };
}

export function openCache(nor: NorFlash, identity: DeviceIdentity) {
  const pages = hostFlashPages(nor);
  return openCredentialCache({
    slots: [createFlashArea(pages, SLOT_A.start, SLOT_A.size), createFlashArea(pages, SLOT_B.start, SLOT_B.size)],
    identity,
    crypto,
    state: openFlashState({ flash: pages, partition: STATE, crc32: crypto.crc32 }),
  });
}

export const USERS: UserSpec[] = [
  { id: 101, name: "Officer Diaz", role: "sro", lockers: [1], cards: ["04a1b2c3d4e5f6", "deadbeef"], pin: "4821", duressPin: "4822",
    flags: ["twoPersonEligible"], schedule: [{ days: "weekdays", start: "07:00", end: "17:30" }] },
  { id: 102, name: "Officer Lee", role: "sro", lockers: [1, 2], cards: ["0badcafe"], pin: "1357", validUntil: "2030-06-30T00:00:00Z" },
  { id: 7, name: "Principal Ames", role: "administrator", lockers: [], cards: ["11223344"], pin: "97531",
    flags: ["overrideLockdown", "lockdownControl", "cardAndPinRequired"] },
  { id: 900, name: "Tech Ruiz", role: "maintenance", lockers: [3], pin: "246810", validFrom: 1_700_000_000 },
];

export function bundle(identity: DeviceIdentity, version: number, users: UserSpec[] = USERS, deviceId = identity.id): Uint8Array {
  return buildBundle({ deviceId, version, issuedAt: 1_750_000_000 + version, users }, identity.key);
}

export function hex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "hex"));
}
