/**
 * Builds and signs a credential bundle (format: src/credentials/bundle-format.ts). The hub will
 * call this; tests and `npm start` do now. Card UIDs and PINs are turned into keyed hashes here,
 * so neither the bundle nor the board holds them in the clear.
 */
import { createHash, createHmac } from "node:crypto";
import {
  BUNDLE_FORMAT,
  BUNDLE_MAGIC,
  DEVICE_ID_LENGTH,
  DIGEST_CHUNK,
  DIGEST_OFFSET,
  DURESS_BIT,
  ENTRY_SIZE,
  HASH_LENGTH,
  HEADER_SIZE,
  MAX_USERS,
  SIGNATURE_OFFSET,
  SIGNED_LENGTH,
  USER_SIZE,
  WINDOW_SIZE,
} from "../../src/credentials/bundle-format";
import { ROLES, USER_FLAGS, type Role } from "../../src/credentials/types";

export type FlagName = keyof typeof USER_FLAGS;
const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export interface WindowSpec {
  /** Day names ("mon", "tue", ...) or "weekdays" / "everyday". */
  days: string[] | "weekdays" | "everyday";
  /** "HH:MM" local time. */
  start: string;
  /** "HH:MM", exclusive; "24:00" is midnight at the end of the day. */
  end: string;
}

export interface UserSpec {
  id: number;
  name?: string;
  role: Role;
  /** 1-based locker numbers. */
  lockers: number[];
  schedule?: WindowSpec[];
  /** Epoch seconds, or ISO dates. */
  validFrom?: number | string;
  validUntil?: number | string;
  /** Card UIDs in hex as the reader gives them ("04a1b2c3d4e5f6"). */
  cards?: string[];
  pin?: string;
  duressPin?: string;
  flags?: FlagName[];
}

export interface BundleSpec {
  deviceId: string;
  version: number;
  issuedAt: number;
  users: UserSpec[];
}

export class BundleSpecError extends Error {}

function hmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac("sha256", key).update(data).digest());
}

export function credentialHashOnHub(key: Uint8Array, domain: "card:" | "pin:", value: Uint8Array): Uint8Array {
  return hmac(key, Buffer.concat([Buffer.from(domain, "ascii"), value])).subarray(0, HASH_LENGTH);
}

function epochSeconds(value: number | string | undefined, what: string): number {
  if (value === undefined) return 0;
  const seconds = typeof value === "number" ? value : Math.floor(Date.parse(value) / 1000);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 0xffffffff) throw new BundleSpecError(`${what}: bad time ${value}`);
  return seconds;
}

function minuteOf(text: string, what: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(text);
  if (!match) throw new BundleSpecError(`${what}: time must be HH:MM, got ${text}`);
  const minute = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minute > 1440) throw new BundleSpecError(`${what}: time out of range ${text}`);
  return minute;
}

function dayMask(days: WindowSpec["days"], what: string): number {
  if (days === "everyday") return 0x7f;
  if (days === "weekdays") return 0x3e;
  let mask = 0;
  for (const day of days) {
    const index = DAY_NAMES.indexOf(day.toLowerCase().slice(0, 3));
    if (index < 0) throw new BundleSpecError(`${what}: unknown day ${day}`);
    mask |= 1 << index;
  }
  return mask;
}

function hexBytes(text: string, what: string): Uint8Array {
  if (!/^([0-9a-fA-F]{2})+$/.test(text)) throw new BundleSpecError(`${what}: card UID must be hex bytes, got ${text}`);
  return new Uint8Array(Buffer.from(text, "hex"));
}

interface Entry {
  hash: Uint8Array;
  reference: number;
  what: string;
}

function sortEntries(entries: Entry[], table: string): Entry[] {
  entries.sort((a, b) => Buffer.compare(a.hash, b.hash));
  for (let i = 1; i < entries.length; i++) {
    if (Buffer.compare(entries[i - 1].hash, entries[i].hash) === 0) {
      throw new BundleSpecError(`${table}: ${entries[i - 1].what} and ${entries[i].what} are the same credential (or collide): refused`);
    }
  }
  return entries;
}

/** The bundle's bytes, signed with `key`. Throws BundleSpecError naming the user and field at fault. */
export function buildBundle(spec: BundleSpec, key: Uint8Array): Uint8Array {
  if (spec.deviceId.length === 0 || spec.deviceId.length > DEVICE_ID_LENGTH || !/^[\x21-\x7e]+$/.test(spec.deviceId)) {
    throw new BundleSpecError(`device id must be 1-${DEVICE_ID_LENGTH} printable ASCII characters`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1 || spec.version > 0xffffffff) throw new BundleSpecError("version must be 1..2^32-1");
  if (spec.users.length > MAX_USERS) throw new BundleSpecError(`at most ${MAX_USERS} users`);
  const users = [...spec.users].sort((a, b) => a.id - b.id);

  const windows: number[][] = [];
  const windowKeys = new Map<string, number>();
  const cards: Entry[] = [];
  const pins: Entry[] = [];
  const userBytes = new Uint8Array(users.length * USER_SIZE);
  const view = new DataView(userBytes.buffer);
  users.forEach((user, index) => {
    const what = `user ${user.id}${user.name ? ` (${user.name})` : ""}`;
    if (!Number.isInteger(user.id) || user.id < 0 || user.id > 0xffffffff) throw new BundleSpecError(`${what}: id must be uint32`);
    if (index > 0 && users[index - 1].id === user.id) throw new BundleSpecError(`${what}: id used twice`);
    const role = ROLES.indexOf(user.role);
    if (role < 0) throw new BundleSpecError(`${what}: unknown role ${user.role}`);
    let lockers = 0;
    for (const locker of user.lockers) {
      if (!Number.isInteger(locker) || locker < 1 || locker > 32) throw new BundleSpecError(`${what}: locker ${locker} not in 1..32`);
      lockers |= 1 << (locker - 1);
    }
    let flags = 0;
    for (const flag of user.flags ?? []) {
      if (!(flag in USER_FLAGS)) throw new BundleSpecError(`${what}: unknown flag ${flag}`);
      flags |= USER_FLAGS[flag];
    }
    const schedule = (user.schedule ?? []).map((w) => {
      const start = minuteOf(w.start, what);
      const end = minuteOf(w.end, what);
      if (end <= start) throw new BundleSpecError(`${what}: window ${w.start}-${w.end} must end after it starts (split windows over midnight)`);
      return [dayMask(w.days, what), start, end];
    });
    if (schedule.length > 255) throw new BundleSpecError(`${what}: at most 255 windows`);
    // Users with the same schedule share its windows.
    const scheduleKey = JSON.stringify(schedule);
    let firstWindow = windowKeys.get(scheduleKey);
    if (firstWindow === undefined) {
      firstWindow = windows.length;
      windowKeys.set(scheduleKey, firstWindow);
      windows.push(...schedule);
    }
    if (firstWindow > 0xffff) throw new BundleSpecError("too many distinct schedules");
    const at = index * USER_SIZE;
    view.setUint32(at, user.id, true);
    userBytes[at + 4] = role;
    userBytes[at + 5] = flags;
    view.setUint32(at + 6, lockers >>> 0, true);
    view.setUint32(at + 10, epochSeconds(user.validFrom, what), true);
    view.setUint32(at + 14, epochSeconds(user.validUntil, what), true);
    view.setUint16(at + 18, schedule.length === 0 ? 0 : firstWindow, true);
    userBytes[at + 20] = schedule.length;

    for (const card of user.cards ?? []) {
      cards.push({ hash: credentialHashOnHub(key, "card:", hexBytes(card, what)), reference: index, what: `${what} card ${card}` });
    }
    for (const [pin, duress] of [[user.pin, false], [user.duressPin, true]] as const) {
      if (pin === undefined) continue;
      if (!/^\d{4,12}$/.test(pin)) throw new BundleSpecError(`${what}: a PIN is 4-12 digits`);
      pins.push({
        hash: credentialHashOnHub(key, "pin:", Buffer.from(pin, "ascii")),
        reference: index | (duress ? DURESS_BIT : 0),
        what: `${what} ${duress ? "duress PIN" : "PIN"}`,
      });
    }
  });
  sortEntries(cards, "cards");
  sortEntries(pins, "PINs");

  const windowsOffset = HEADER_SIZE + userBytes.length;
  const cardsOffset = windowsOffset + windows.length * WINDOW_SIZE;
  const pinsOffset = cardsOffset + cards.length * ENTRY_SIZE;
  const end = pinsOffset + pins.length * ENTRY_SIZE;
  const total = Math.ceil(end / 4) * 4;
  const bytes = new Uint8Array(total);
  const header = new DataView(bytes.buffer);
  bytes.set(Buffer.from(BUNDLE_MAGIC, "ascii"), 0);
  bytes[4] = BUNDLE_FORMAT;
  bytes[5] = HASH_LENGTH;
  header.setUint32(8, spec.version, true);
  header.setUint32(12, spec.issuedAt, true);
  bytes.set(Buffer.from(spec.deviceId, "ascii"), 16);
  header.setUint32(32, total, true);
  header.setUint32(36, users.length, true);
  header.setUint32(40, windows.length, true);
  header.setUint32(44, cards.length, true);
  header.setUint32(48, pins.length, true);
  header.setUint32(52, windowsOffset, true);
  header.setUint32(56, cardsOffset, true);
  header.setUint32(60, pinsOffset, true);
  bytes.set(userBytes, HEADER_SIZE);
  windows.forEach((w, i) => {
    const at = windowsOffset + i * WINDOW_SIZE;
    bytes[at] = w[0];
    header.setUint16(at + 1, w[1], true);
    header.setUint16(at + 3, w[2], true);
  });
  const writeEntries = (entries: Entry[], offset: number) =>
    entries.forEach((e, i) => {
      bytes.set(e.hash, offset + i * ENTRY_SIZE);
      header.setUint16(offset + i * ENTRY_SIZE + HASH_LENGTH, e.reference, true);
    });
  writeEntries(cards, cardsOffset);
  writeEntries(pins, pinsOffset);

  let digest: Uint8Array = new Uint8Array(32);
  for (let offset = HEADER_SIZE; offset < total; offset += DIGEST_CHUNK) {
    digest = new Uint8Array(createHash("sha256").update(digest).update(bytes.subarray(offset, Math.min(total, offset + DIGEST_CHUNK))).digest());
  }
  bytes.set(digest, DIGEST_OFFSET);
  bytes.set(hmac(key, bytes.subarray(0, SIGNED_LENGTH)), SIGNATURE_OFFSET);
  return bytes;
}
