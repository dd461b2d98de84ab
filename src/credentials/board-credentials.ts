import type { Hal } from "../../hal/interfaces/hal";
import type { EventSink } from "../events";
import { createFlashArea } from "../persist/byte-area";
import type { DurableState } from "../persist/durable-state";
import { openCredentialCache, type CredentialCache, type DeviceIdentity, type InstallResult } from "./credential-cache";

/** Storage keys the technician's provisioning writes (scripts/credentials README). */
export const DEVICE_ID_KEY = "device-id";
export const DEVICE_KEY_KEY = "device-key";
/**
 * Where a bundle waits to be loaded when it arrives by the espruino CLI or the `npm start`
 * console (`--storage cred-inbox:bundle.bin`) until the sync transports deliver bundles directly.
 */
export const INBOX_KEY = "cred-inbox";

/** The provisioned identity, or why there is none. The key is data apart from the code. */
export function readDeviceIdentity(hal: Hal): DeviceIdentity | string {
  const id = hal.store.read(DEVICE_ID_KEY);
  const key = hal.store.read(DEVICE_KEY_KEY);
  if (id === undefined || key === undefined) return "device not provisioned (no " + DEVICE_ID_KEY + "/" + DEVICE_KEY_KEY + " in Storage)";
  if (key.length < 16) return "device key shorter than 16 bytes";
  let text = "";
  for (let i = 0; i < id.length; i++) text += String.fromCharCode(id[i]);
  // Copied: Storage may move the file at its next compaction.
  return { id: text, key: new Uint8Array(key) };
}

/**
 * The credential cache on this board's A/B partitions, or why there is none. `state` keeps the
 * version floor; a table found in flash and refused (rolled-back, bad-digest) is reported on
 * `events` as credentials-refused. Boards without
 * credential partitions (Espruino Pico and WiFi) have no credential table yet: their Storage
 * fallback (two preallocated files, written only when getFree() shows room without compaction)
 * is designed in src/persist/README.md but not wired.
 */
export function openBoardCredentials(hal: Hal, state: DurableState, events: EventSink): CredentialCache | string {
  const partitions = hal.board.flash.partitions.credentials;
  // A bundle for a board without them has the define false and carries no credential table
  // (hal/interfaces/board-features.ts); the code it drops sits inside this block for that reason.
  if ((typeof __BOARD_HAS_CREDENTIAL_PARTITIONS__ === "undefined" || __BOARD_HAS_CREDENTIAL_PARTITIONS__) && partitions !== undefined) {
    const identity = readDeviceIdentity(hal);
    if (typeof identity === "string") return identity;
    const cache = openCredentialCache({
      slots: [createFlashArea(hal.flash, partitions.a.start, partitions.a.size), createFlashArea(hal.flash, partitions.b.start, partitions.b.size)],
      identity: identity,
      crypto: hal.crypto,
      state: state,
    });
    if (cache.refusedAtOpen !== undefined) {
      events.emit({
        t: Math.round(hal.clock.now()),
        type: "credentials-refused",
        reason: cache.refusedAtOpen,
        detail: "table in flash not used: running with no credentials until a newer bundle arrives",
      });
    }
    return cache;
  }
  return "board has no credential partitions";
}

/** Installs `bundle` and reports the outcome as an event (the audit log keeps refusals too). */
export function loadCredentialBundle(cache: CredentialCache, bundle: Uint8Array, hal: Hal, events: EventSink): InstallResult {
  const result = cache.install(bundle);
  events.emit({
    t: Math.round(hal.clock.now()),
    type: result.accepted ? "credentials-loaded" : "credentials-refused",
    reason: result.reason,
    detail: "version " + result.version + " (" + cache.store.userCount() + " users)",
  });
  return result;
}

/**
 * Loads a bundle left in the Storage inbox, then erases the inbox (erasing a file only marks it;
 * it never compacts). Returns undefined when the inbox is empty.
 */
export function loadCredentialInbox(cache: CredentialCache, hal: Hal, events: EventSink): InstallResult | undefined {
  const bundle = hal.store.read(INBOX_KEY);
  if (bundle === undefined) return undefined;
  const result = loadCredentialBundle(cache, bundle, hal, events);
  hal.store.erase(INBOX_KEY);
  return result;
}
