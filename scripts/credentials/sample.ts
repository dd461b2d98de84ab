/**
 * The virtual bank's sample credentials: a device identity kept in .sim/ (generated at first use,
 * never committed) and a bundle built from sample-users.json, signed with that key.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { VirtualBoard } from "../../hal/virtual/virtual-board";
import { DEVICE_ID_KEY, DEVICE_KEY_KEY, INBOX_KEY } from "../../src/credentials/board-credentials";
import type { DeviceIdentity } from "../../src/credentials/credential-cache";
import { buildBundle, type UserSpec } from "./bundle-builder";

const here = dirname(fileURLToPath(import.meta.url));
export const SAMPLE_USERS_FILE = join(here, "sample-users.json");
export const SIM_DEVICE_ID = "sim-bank-1";
/** Where npm start keeps the simulated board's flash and identity (git-ignored). */
export const SIM_DIR = join(here, "..", "..", ".sim");

/** The simulated board's identity from .sim/, created (random key) the first time. */
export function simIdentity(simDir: string): DeviceIdentity {
  const keyFile = join(simDir, "device-key.bin");
  if (!existsSync(keyFile)) {
    mkdirSync(simDir, { recursive: true });
    writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  }
  return { id: SIM_DEVICE_ID, key: new Uint8Array(readFileSync(keyFile)) };
}

export function sampleUsers(): UserSpec[] {
  return (JSON.parse(readFileSync(SAMPLE_USERS_FILE, "utf8")) as { users: UserSpec[] }).users;
}

/**
 * Provisions the identity into the board's Storage if it is not there (as a technician's
 * provisioning does) and leaves a freshly built sample bundle in the inbox, which the firmware
 * loads at its next boot. The version is the current time in seconds, so it is always newer.
 */
export function stageSampleBundle(device: VirtualBoard, simDir: string = SIM_DIR): { version: number; users: number; bytes: number } {
  const identity = simIdentity(simDir);
  const storedKey = device.storage.readArrayBuffer(DEVICE_KEY_KEY);
  if (storedKey === undefined || !Buffer.from(storedKey).equals(Buffer.from(identity.key))) {
    device.storage.write(DEVICE_ID_KEY, identity.id);
    device.storage.write(DEVICE_KEY_KEY, identity.key);
  }
  const users = sampleUsers();
  const version = Math.floor(Date.now() / 1000);
  const bundle = buildBundle({ deviceId: identity.id, version, issuedAt: version, users }, identity.key);
  device.storage.write(INBOX_KEY, bundle);
  return { version, users: users.length, bytes: bundle.length };
}
