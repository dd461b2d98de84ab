import type { Crypto } from "../../hal/interfaces/crypto";
import type { ByteArea } from "../persist/byte-area";
import {
  asciiBytes,
  credentialHash,
  DURESS_BIT,
  ENTRY_SIZE,
  HASH_LENGTH,
  HEADER_SIZE,
  readUint16,
  readUint32,
  USER_SIZE,
  WINDOW_SIZE,
  type BundleHeader,
} from "./bundle-format";
import { ROLES, type CredentialStore, type PinMatch, type UserRecord, type WeeklyWindow } from "./types";

/** Orders two hashes as unsigned bytes: <0, 0, >0. */
function compareHash(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < HASH_LENGTH; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}

/**
 * A CredentialStore over a verified bundle in flash. It keeps the header's numbers and nothing
 * per user: a lookup is a binary search reading one 10-byte entry per step (about log2(n) + 1
 * reads), then one read for the user and one for their schedule. The search order is by keyed
 * hash, so its timing reveals nothing about the UID or PIN; the final match is compared in
 * constant time.
 */
export function createTableStore(table: ByteArea, header: BundleHeader, key: Uint8Array, crypto: Crypto): CredentialStore {
  /** undefined when the record's schedule lies outside the windows table (signed but inconsistent): refused, never thrown. */
  function readUser(index: number): UserRecord | undefined {
    const bytes = table.read(HEADER_SIZE + index * USER_SIZE, USER_SIZE);
    const windowCount = bytes[20];
    const schedule: WeeklyWindow[] = [];
    if (windowCount > 0) {
      const firstWindow = readUint16(bytes, 18);
      if (firstWindow + windowCount > header.windowCount) return undefined;
      const windows = table.read(header.windowsOffset + firstWindow * WINDOW_SIZE, windowCount * WINDOW_SIZE);
      for (let i = 0; i < windowCount; i++) {
        const at = i * WINDOW_SIZE;
        schedule.push({ days: windows[at], startMinute: readUint16(windows, at + 1), endMinute: readUint16(windows, at + 3) });
      }
    }
    return {
      id: readUint32(bytes, 0),
      role: ROLES[bytes[4]],
      flags: bytes[5],
      lockers: readUint32(bytes, 6),
      validFrom: readUint32(bytes, 10),
      validUntil: readUint32(bytes, 14),
      schedule: schedule,
    };
  }

  /** The reference stored with `hash` in the table at `offset`, or -1. */
  function search(offset: number, count: number, hash: Uint8Array): number {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entry = table.read(offset + middle * ENTRY_SIZE, ENTRY_SIZE);
      const order = compareHash(entry, hash);
      if (order === 0) {
        return crypto.equalConstantTime(entry.subarray(0, HASH_LENGTH), hash) ? readUint16(entry, HASH_LENGTH) : -1;
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  return {
    version(): number {
      return header.version;
    },
    issuedAt(): number {
      return header.issuedAt;
    },
    userCount(): number {
      return header.userCount;
    },
    lookupCard(uid: Uint8Array): UserRecord | undefined {
      if (uid.length === 0) return undefined;
      const reference = search(header.cardsOffset, header.cardCount, credentialHash(crypto, key, "card:", uid));
      return reference < 0 || reference >= header.userCount ? undefined : readUser(reference);
    },
    lookupPin(pin: string): PinMatch | undefined {
      if (pin.length === 0) return undefined;
      const reference = search(header.pinsOffset, header.pinCount, credentialHash(crypto, key, "pin:", asciiBytes(pin)));
      if (reference < 0) return undefined;
      const index = reference & ~DURESS_BIT;
      if (index >= header.userCount) return undefined;
      const user = readUser(index);
      return user === undefined ? undefined : { user: user, duress: (reference & DURESS_BIT) !== 0 };
    },
    user(id: number): UserRecord | undefined {
      let low = 0;
      let high = header.userCount - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const candidate = readUint32(table.read(HEADER_SIZE + middle * USER_SIZE, 4), 0);
        if (candidate === id) return readUser(middle);
        if (candidate < id) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

/** The store in force when no bundle is: every lookup misses. */
export function createEmptyStore(): CredentialStore {
  return {
    version(): number {
      return 0;
    },
    issuedAt(): number {
      return 0;
    },
    userCount(): number {
      return 0;
    },
    lookupCard(): UserRecord | undefined {
      return undefined;
    },
    lookupPin(): PinMatch | undefined {
      return undefined;
    },
    user(): UserRecord | undefined {
      return undefined;
    },
  };
}
