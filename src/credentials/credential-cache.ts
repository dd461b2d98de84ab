import type { Crypto } from "../../hal/interfaces/crypto";
import { openAbRegion, type AbRegion } from "../persist/ab-region";
import type { ByteArea, ErasableArea } from "../persist/byte-area";
import type { DurableState } from "../persist/durable-state";
import {
  bodyDigest,
  DIGEST_CHUNK,
  DIGEST_OFFSET,
  HEADER_SIZE,
  parseHeader,
  signatureValid,
  tablesSorted,
  type BundleHeader,
} from "./bundle-format";
import { createEmptyStore, createTableStore } from "./table-store";
import type { CredentialStore } from "./types";

export interface DeviceIdentity {
  /** Up to 16 ASCII characters; a bundle names the device it was built for. */
  id: string;
  /** The per-device secret: signs bundles and keys the credential hashes. Never in a bundle. */
  key: Uint8Array;
}

export interface InstallResult {
  accepted: boolean;
  /** Version in force afterwards (the old one when refused). */
  version: number;
  /**
   * "installed", or why not: "truncated", "malformed: ..." (also "malformed: unsorted"),
   * "bad-signature", "wrong-device", "not-newer" (older than the table in force or than the
   * newest ever installed), "too-large", "bad-digest", "flash: ...".
   */
  reason: string;
}

/**
 * DurableState key: the highest version ever committed on this board. A table below it is never
 * put in force again, even when it is the only one left in flash (the newer slot torn or erased):
 * an older bundle may still hold users the hub has since revoked.
 */
export const CREDENTIAL_FLOOR_KEY = "cred.floor";

export interface CredentialCache {
  /** Always answers from the table in force (empty until one is). */
  readonly store: CredentialStore;
  /**
   * Why the table found in flash at open was not put in force, else undefined: "rolled-back"
   * (older than the floor) or "bad-digest" (its body no longer matches its signed digest). The
   * board then runs with no credentials until a bundle at least as new as the floor arrives.
   */
  readonly refusedAtOpen: string | undefined;
  /** Checks, writes, verifies from flash and switches atomically; the old table stays on refusal. */
  install(bundle: Uint8Array): InstallResult;
  /**
   * The same in pieces, for transports that cannot hold a whole bundle in RAM: `begin` with
   * at least the 128-byte header (nothing is erased unless it passes), `write` every byte of
   * the bundle at its offset in multiples of 4, then `finish`.
   */
  begin(header: Uint8Array): InstallResult | undefined;
  write(offset: number, bytes: Uint8Array): void;
  finish(): InstallResult;
  describe(): string;
}

export interface CredentialCacheOptions {
  /** Two erase-unit areas (partitions A and B, or the Storage fallback files). */
  slots: ErasableArea[];
  identity: DeviceIdentity;
  crypto: Crypto;
  /** The board's DurableState (opened once by the firmware): keeps CREDENTIAL_FLOOR_KEY. */
  state: DurableState;
}

/**
 * Header checks in the order that tells an operator the most: a bundle for another board is
 * "wrong-device" even if it is also old.
 */
function checkHeader(
  bytes: Uint8Array,
  identity: DeviceIdentity,
  crypto: Crypto,
  capacity: number,
): BundleHeader | string {
  const parsed = parseHeader(bytes);
  if (typeof parsed === "string") return parsed;
  if (!signatureValid(crypto, identity.key, bytes)) return "bad-signature";
  if (parsed.deviceId !== identity.id) return "wrong-device";
  if (parsed.totalLength > capacity) return "too-large";
  return parsed;
}

export function openCredentialCache(options: CredentialCacheOptions): CredentialCache {
  const identity = options.identity;
  const crypto = options.crypto;
  let capacity = 0;
  const region: AbRegion = openAbRegion({
    slots: options.slots,
    versionOf(payload: ByteArea): number | undefined {
      const checked = checkHeader(payload.read(0, HEADER_SIZE), identity, crypto, payload.size);
      return typeof checked === "string" ? undefined : checked.version;
    },
  });
  capacity = region.payloadSize;
  let table: CredentialStore = createEmptyStore();
  let pending: BundleHeader | undefined = undefined;
  let pendingArea: ByteArea | undefined = undefined;
  let pendingDigest: Uint8Array | undefined = undefined;
  const state = options.state;
  const storedFloor = state.get(CREDENTIAL_FLOOR_KEY);
  let floor = storedFloor === undefined ? 0 : storedFloor;
  let refusedAtOpen: string | undefined = undefined;

  /**
   * Raised only once the version's commit word is down (and again at every boot that finds a
   * committed table above it). Raised before the commit word instead, a cut between the two
   * would leave the old table below the floor and the new one uncommitted: no credentials at
   * all, against "old or new, never none". This order leaves one window, a cut after the commit
   * word and before this write, where the floor still names the old version; the next boot
   * closes it (it finds the new table committed and raises the floor before serving), so the
   * old table could only come back if the new slot were also lost in that same cut.
   * A failed write keeps the raised floor in RAM for this run; the next boot tries again.
   */
  function raiseFloor(version: number): void {
    if (version <= floor) return;
    floor = version;
    try {
      state.set(CREDENTIAL_FLOOR_KEY, version);
    } catch (e) {
      // The table is committed either way; see above.
    }
  }

  /** `atBoot`: the body was not verified in this run, so its digest is checked once here. */
  function loadInForce(atBoot: boolean): void {
    table = createEmptyStore();
    const inForce = region.inForce();
    if (inForce === undefined) return;
    const header = checkHeader(inForce.payload.read(0, HEADER_SIZE), identity, crypto, inForce.payload.size);
    if (typeof header === "string") return;
    // The region prefers the highest version, so the other slot is below the floor as well.
    if (header.version < floor) {
      if (atBoot) refusedAtOpen = "rolled-back";
      return;
    }
    if (atBoot && !crypto.equalConstantTime(bodyDigest(crypto, inForce.payload, header.totalLength), inForce.payload.read(DIGEST_OFFSET, 32))) {
      refusedAtOpen = "bad-digest";
      return;
    }
    table = createTableStore(inForce.payload, header, identity.key, crypto);
    raiseFloor(header.version);
  }

  function refused(reason: string): InstallResult {
    return { accepted: false, version: table.version(), reason: reason };
  }

  loadInForce(true);

  const store: CredentialStore = {
    version: () => table.version(),
    issuedAt: () => table.issuedAt(),
    userCount: () => table.userCount(),
    lookupCard: (uid) => table.lookupCard(uid),
    lookupPin: (pin) => table.lookupPin(pin),
    user: (id) => table.user(id),
  };

  const cache: CredentialCache = {
    store: store,
    refusedAtOpen: refusedAtOpen,
    begin(header: Uint8Array): InstallResult | undefined {
      pending = undefined;
      pendingArea = undefined;
      const checked = checkHeader(header, identity, crypto, capacity);
      if (typeof checked === "string") return refused(checked);
      // Also above a table the region holds but this run refused (bad digest): the same version
      // again would tie with it in the region's choice.
      const held = region.inForce();
      if (checked.version < floor || checked.version <= table.version() || (held !== undefined && checked.version <= held.version)) {
        return refused("not-newer");
      }
      try {
        pendingArea = region.beginUpdate();
      } catch (e) {
        return refused("flash: " + String(e));
      }
      pending = checked;
      pendingDigest = header.subarray(DIGEST_OFFSET, DIGEST_OFFSET + 32);
      return undefined;
    },
    write(offset: number, bytes: Uint8Array): void {
      if (pending === undefined || pendingArea === undefined) throw new Error("credential write without begin");
      if (offset + bytes.length > pending.totalLength) throw new Error("credential write past the bundle's length");
      pendingArea.program(offset, bytes);
    },
    finish(): InstallResult {
      const header = pending;
      const area = pendingArea;
      const expected = pendingDigest;
      pending = undefined;
      pendingArea = undefined;
      pendingDigest = undefined;
      if (header === undefined || area === undefined || expected === undefined) return refused("no install in progress");
      // Verified from what the flash now holds, not from what was sent.
      if (!crypto.equalConstantTime(bodyDigest(crypto, area, header.totalLength), expected)) return refused("bad-digest");
      if (!signatureValid(crypto, identity.key, area.read(0, HEADER_SIZE))) return refused("bad-digest");
      if (!tablesSorted(area, header)) return refused("malformed: unsorted");
      try {
        region.commit();
      } catch (e) {
        loadInForce(false);
        return refused("flash: " + String(e));
      }
      raiseFloor(header.version);
      loadInForce(false);
      return { accepted: true, version: table.version(), reason: "installed" };
    },
    install(bundle: Uint8Array): InstallResult {
      // Length first, so a cut-off transfer never costs an erase.
      const parsed = parseHeader(bundle);
      if (typeof parsed === "string") return refused(parsed);
      if (bundle.length < parsed.totalLength) return refused("truncated");
      if (bundle.length > parsed.totalLength) return refused("malformed: bytes after the bundle");
      const early = cache.begin(bundle);
      if (early !== undefined) return early;
      const total = parsed.totalLength;
      try {
        for (let offset = 0; offset < total; offset += DIGEST_CHUNK) {
          cache.write(offset, bundle.subarray(offset, Math.min(total, offset + DIGEST_CHUNK)));
        }
      } catch (e) {
        pending = undefined;
        return refused("flash: " + String(e));
      }
      return cache.finish();
    },
    describe(): string {
      const inForce = region.inForce();
      return inForce === undefined
        ? "credentials: none in force"
        : "credentials: version " + table.version() + " in slot " + (inForce.slot === 0 ? "A" : "B") + ", " + table.userCount() + " users";
    },
  };
  return cache;
}
