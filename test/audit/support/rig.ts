/**
 * The audit log on the host: a NorFlash (strict: programming a non-erased byte throws) behind a
 * FlashPages adapter that also remembers what each record was meant to be, so sweeps can tell a
 * committed record from an in-flight one and a genuine record from a corrupted one.
 */
import { createHmac } from "node:crypto";
import type { FlashPages } from "../../../hal/interfaces/flash";
import { crc32 } from "../../../hal/crypto/crc32";
import { NorFlash } from "../../../hal/virtual/flash/nor-flash";
import { createMemoryState, type MemoryDurableState } from "../../../src/persist/memory-state";
import { openFlashAuditLog, type FlashAuditLog, type FlashAuditLogOptions } from "../../../src/audit/flash-log";
import { getU32, RECORD_BODY_BYTES, RECORD_BYTES, RECORD_FORMAT, type RecordCrypto } from "../../../src/audit/record";
import type { FirmwareEvent } from "../../../src/events";

/** Node's HMAC for speed in sweeps; the firmware's own SHA-256 is exercised in other tests. */
export const hostCrypto: RecordCrypto = {
  hmacSha256: (key, bytes) => new Uint8Array(createHmac("sha256", key).update(bytes).digest()),
  crc32: crc32,
};

export const TEST_KEY = new Uint8Array(32).map((_, i) => (i * 7 + 3) & 0xff);

export interface Geometry {
  pageSize: number;
  pages: number;
}

/** 4 pages of 1 KB: 31 records a page, 124 in all, so 1,000 appends rotate the ring 8 times. */
export const SMALL_RING: Geometry = { pageSize: 1024, pages: 4 };
export const BASE = 0x40000;

export interface LogRig {
  nor: NorFlash;
  flash: FlashPages;
  state: MemoryDurableState;
  partition: { start: number; size: number };
  /** Bytes each seq was last meant to have (body + commit word as attempted). */
  intended: Map<number, Uint8Array>;
  /** seqs whose commit word program returned. */
  committed: Set<number>;
  /** Highest seq committed so far, over every boot of this rig (set it when restoring an image). */
  highestCommitted: number;
  /** Commits whose seq was not above every seq committed before: a seq used twice. */
  seqReused: number;
  /** Boots the log over this flash and state (`extra` overrides options, e.g. stateVolatile). */
  open(extra?: Partial<FlashAuditLogOptions>): FlashAuditLog;
}

export function createRig(geometry: Geometry, crypto: RecordCrypto = hostCrypto): LogRig {
  const size = geometry.pageSize * geometry.pages;
  const nor = new NorFlash({ base: BASE, regions: [{ start: BASE, size, eraseUnit: geometry.pageSize }], strict: true });
  const intended = new Map<number, Uint8Array>();
  const committed = new Set<number>();
  const bodies = new Map<number, Uint8Array>();
  const flash: FlashPages = {
    regions: [{ start: BASE, size, eraseUnit: geometry.pageSize }],
    read: (address, length) => nor.read(address, length),
    program(address, bytes) {
      const copy = new Uint8Array(bytes);
      if (copy.length === RECORD_BODY_BYTES && copy[0] === RECORD_FORMAT) {
        bodies.set(address, copy);
        nor.program(address, copy);
        return;
      }
      const body = copy.length === RECORD_BYTES - RECORD_BODY_BYTES ? bodies.get(address - RECORD_BODY_BYTES) : undefined;
      if (body !== undefined) {
        const whole = new Uint8Array(RECORD_BYTES);
        whole.set(body, 0);
        whole.set(copy, RECORD_BODY_BYTES);
        const seq = getU32(whole, 4);
        intended.set(seq, whole);
        nor.program(address, copy);
        committed.add(seq);
        if (seq <= rig.highestCommitted) rig.seqReused++;
        else rig.highestCommitted = seq;
        return;
      }
      nor.program(address, copy);
    },
    erase: (address) => nor.erase(address),
    eraseUnitAt: (address) => nor.eraseUnitAt(address),
  };
  const state = createMemoryState();
  const partition = { start: BASE, size };
  const rig: LogRig = {
    nor,
    flash,
    state,
    partition,
    intended,
    committed,
    highestCommitted: 0,
    seqReused: 0,
    open: (extra) => openFlashAuditLog({ flash, partition, key: TEST_KEY, developmentKey: false, crypto, state, chunkSlots: 32, ...extra }),
  };
  return rig;
}

let eventCounter = 0;

/** A varied event: access decisions with users and reasons, door events, plain events. */
export function sampleEvent(n: number): FirmwareEvent {
  eventCounter++;
  const kind = n % 4;
  if (kind === 0) return { t: n * 1000, type: "access-granted", locker: (n % 8) + 1, user: 1000 + n, result: "granted", credVersion: 7, clock: "trusted" };
  if (kind === 1) return { t: n * 1000, type: "access-denied", user: 2000 + n, result: "denied", reason: "wrong-pin" };
  if (kind === 2) return { t: n * 1000, type: "door-opened", locker: (n % 8) + 1 };
  return { t: n * 1000, type: "door-closed", locker: (n % 8) + 1 };
}

/** Every record the log exports, oldest first. */
export function readAll(log: FlashAuditLog): Uint8Array[] {
  return log.read(0, 1, 1 << 30);
}
