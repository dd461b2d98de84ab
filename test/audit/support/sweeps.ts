/**
 * The fault-injection sweeps, sized by the caller: CI tests run samples, `npm run soak` the
 * full sweeps. Each returns counts; every "bad" count must be 0.
 */
import fc from "fast-check";
import { PowerCutError, type PowerCutMode } from "../../../hal/virtual/flash/nor-flash";
import { SeededRandom } from "../../../hal/virtual/flash/seeded-random";
import { getU16, getU32, verifyChain } from "../../../src/audit/record";
import type { FlashAuditLog } from "../../../src/audit/flash-log";
import { createMemoryState } from "../../../src/persist/memory-state";
import { createRig, hostCrypto, readAll, sampleEvent, SMALL_RING, TEST_KEY, type Geometry, type LogRig } from "./rig";

export const CUT_MODES: PowerCutMode[] = ["lost", "torn", "partial-erase"];

export interface SweepCounts {
  runs: number;
  /** Runs whose armed cut actually happened. */
  cuts: number;
  committedLost: number;
  corruptAccepted: number;
  chainBroken: number;
  notAppendable: number;
  watermarkBackwards: number;
  /** Records committed under a seq not above every seq committed before them (the hub keys records by seq). */
  seqReused: number;
}

export function emptyCounts(): SweepCounts {
  return { runs: 0, cuts: 0, committedLost: 0, corruptAccepted: 0, chainBroken: 0, notAppendable: 0, watermarkBackwards: 0, seqReused: 0 };
}

export function badTotal(counts: SweepCounts): number {
  return counts.committedLost + counts.corruptAccepted + counts.chainBroken + counts.notAppendable + counts.watermarkBackwards + counts.seqReused;
}

/** Appends `count` events from index `first`, acknowledging all but the newest `lag` every 10 appends. */
export function appendWithAcks(log: FlashAuditLog, first: number, count: number, lag: number): void {
  for (let i = first; i < first + count; i++) {
    log.append(sampleEvent(i));
    if (i % 10 === 9) {
      const status = log.status();
      const upTo = status.nextSeq - 1 - lag;
      if (upTo > status.watermark.seq) {
        // The hub acknowledges the position it received: the record's own epoch.
        const held = log.read(0, upTo, 1);
        log.acknowledge(held.length === 1 && getU32(held[0], 4) === upTo ? getU16(held[0], 16) : status.epoch, upTo);
      }
    }
  }
}

/**
 * After a recovery: nothing committed and unacknowledged is missing, everything exported is
 * exactly what was written (so an in-flight record is whole or absent), the chain verifies with
 * the key, and the log takes one more record.
 */
export function checkRecovered(rig: LogRig, log: FlashAuditLog, watermarkBefore: number, counts: SweepCounts): void {
  const records = readAll(log);
  const held = new Set<number>();
  for (const bytes of records) {
    const seq = getU32(bytes, 4);
    held.add(seq);
    const meant = rig.intended.get(seq);
    if (meant === undefined || Buffer.compare(Buffer.from(meant), Buffer.from(bytes)) !== 0) counts.corruptAccepted++;
  }
  const watermark = log.status().watermark.seq;
  if (watermark < watermarkBefore) counts.watermarkBackwards++;
  for (const seq of rig.committed) if (seq > watermark && !held.has(seq)) counts.committedLost++;
  if (verifyChain(records, { crypto: hostCrypto, key: TEST_KEY }) !== undefined) counts.chainBroken++;
  const next = log.status().nextSeq;
  log.append({ t: 0, type: "boot" });
  const after = log.read(0, next, 1);
  if (after.length !== 1 || getU32(after[0], 4) !== next) counts.notAppendable++;
}

function operationsOf(rig: LogRig): number {
  return rig.nor.counters.programs + rig.nor.counters.erases;
}

/** (a) One cut after every `stride`-th flash operation of the workload, each in every mode. */
export function sweepSingleCuts(appends: number, stride: number, geometry: Geometry = SMALL_RING, offset = 0): SweepCounts {
  const reference = createRig(geometry);
  appendWithAcks(reference.open(), 0, appends, 20);
  const total = operationsOf(reference);
  const counts = emptyCounts();
  for (let op = offset; op < total; op += stride) {
    for (const mode of CUT_MODES) {
      counts.runs++;
      const rig = createRig(geometry);
      rig.nor.armPowerCut({ afterOps: op, mode, on: "any", seed: op + 1 });
      try {
        appendWithAcks(rig.open(), 0, appends, 20);
      } catch (e) {
        if (!(e instanceof PowerCutError)) throw e;
      }
      if (!rig.nor.powerFailed) continue;
      counts.cuts++;
      const watermark = rig.state.get("audit.ackSeq") ?? 0;
      rig.nor.restorePower();
      checkRecovered(rig, rig.open(), watermark, counts);
      counts.seqReused += rig.seqReused;
    }
  }
  return counts;
}

/** Opens the log, riding out cuts armed during recovery itself (each cut is one more reboot). */
function bootThroughCuts(rig: LogRig, recoveryCuts: number[], mode: PowerCutMode, counts: SweepCounts): FlashAuditLog {
  for (const afterOps of recoveryCuts) {
    rig.nor.armPowerCut({ afterOps, mode, on: "any", seed: afterOps + 7 });
    try {
      const log = rig.open();
      rig.nor.disarmPowerCut();
      return log;
    } catch (e) {
      if (!(e instanceof PowerCutError)) throw e;
      counts.cuts++;
      rig.nor.restorePower();
    }
  }
  return rig.open();
}

const stepArbitrary = fc.record({
  appends: fc.integer({ min: 1, max: 90 }),
  lag: fc.integer({ min: 0, max: 60 }),
  cutAfterOps: fc.integer({ min: 0, max: 200 }),
  mode: fc.constantFrom<PowerCutMode>("lost", "torn", "partial-erase"),
  recoveryCuts: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
});

/** (b) Random runs of several cuts, including cuts during recovery; replay with the printed seed. */
export function sweepMultiCuts(numRuns: number, seed: number, geometry: Geometry = SMALL_RING): SweepCounts {
  const counts = emptyCounts();
  fc.assert(
    fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), (steps) => {
      counts.runs++;
      const rig = createRig(geometry);
      let log = rig.open();
      let next = 0;
      const before = emptyCounts();
      Object.assign(before, counts);
      for (const step of steps) {
        rig.nor.armPowerCut({ afterOps: step.cutAfterOps, mode: step.mode, on: "any", seed: next + 1 });
        try {
          appendWithAcks(log, next, step.appends, step.lag);
        } catch (e) {
          if (!(e instanceof PowerCutError)) throw e;
        }
        next += step.appends;
        if (!rig.nor.powerFailed) {
          rig.nor.disarmPowerCut();
          continue;
        }
        counts.cuts++;
        const watermark = rig.state.get("audit.ackSeq") ?? 0;
        rig.nor.restorePower();
        log = bootThroughCuts(rig, step.recoveryCuts, step.mode, counts);
        checkRecovered(rig, log, watermark, counts);
      }
      counts.seqReused += rig.seqReused;
      return badTotal(counts) === badTotal(before);
    }),
    { numRuns, seed },
  );
  return counts;
}

export interface CorruptionCounts {
  images: number;
  bootFailed: number;
  corruptAccepted: number;
  wholesaleErase: number;
  notAppendable: number;
  /** Records this boot committed under a seq the original log had already used (however damaged its tail). */
  seqReused: number;
}

export function corruptionBadTotal(counts: CorruptionCounts): number {
  return counts.bootFailed + counts.corruptAccepted + counts.wholesaleErase + counts.notAppendable + counts.seqReused;
}

function sameAs(meant: Uint8Array | undefined, bytes: Uint8Array): boolean {
  return meant !== undefined && Buffer.compare(Buffer.from(meant), Buffer.from(bytes)) === 0;
}

/** (c) Corrupted flash images at boot: bit flips, garbage pages, erased headers, and mixes. */
export function sweepCorruptImages(images: number, seed: number, geometry: Geometry = SMALL_RING): CorruptionCounts {
  const base = createRig(geometry);
  appendWithAcks(base.open(), 0, 3 * geometry.pages * (geometry.pageSize / 32) + 17, 50);
  const image = base.nor.snapshot();
  const stateEntries = base.state.entries();
  const counts: CorruptionCounts = { images: 0, bootFailed: 0, corruptAccepted: 0, wholesaleErase: 0, notAppendable: 0, seqReused: 0 };
  const random = new SeededRandom(seed);
  const size = geometry.pageSize * geometry.pages;
  for (let n = 0; n < images; n++) {
    counts.images++;
    const corrupted = image.slice();
    const start = base.partition.start - base.nor.base;
    const kinds = 1 + random.below(3);
    for (let k = 0; k < kinds; k++) {
      const kind = random.below(4);
      const page = random.below(geometry.pages);
      const pageAt = start + page * geometry.pageSize;
      if (kind === 0) {
        const flips = 1 + random.below(16);
        for (let f = 0; f < flips; f++) corrupted[start + random.below(size)] ^= 1 << random.below(8);
      } else if (kind === 1) {
        for (let i = 0; i < geometry.pageSize; i++) corrupted[pageAt + i] = random.byte();
      } else if (kind === 2) {
        corrupted.fill(0xff, pageAt, pageAt + 32);
      } else {
        const slot = random.below(geometry.pageSize / 32);
        corrupted.fill(0xff, pageAt + slot * 32, pageAt + slot * 32 + 32 - random.below(8) * 4);
      }
    }
    const rig = createRig(geometry);
    rig.nor.restore(corrupted);
    for (const [seq, bytes] of base.intended) rig.intended.set(seq, bytes);
    for (const [key, value] of stateEntries) rig.state.set(key, value);
    rig.highestCommitted = base.highestCommitted;
    let log: FlashAuditLog;
    rig.nor.resetCounters();
    try {
      log = rig.open();
    } catch (e) {
      counts.bootFailed++;
      continue;
    }
    for (const bytes of readAll(log)) {
      // Exactly an original record, or exactly one this boot wrote (its reports of what it found).
      const seq = getU32(bytes, 4);
      if (!sameAs(base.intended.get(seq), bytes) && !sameAs(rig.intended.get(seq), bytes)) counts.corruptAccepted++;
    }
    try {
      const next = log.status().nextSeq;
      for (let i = 0; i < 5; i++) log.append(sampleEvent(i));
      if (log.read(0, next, 10).length < 5) counts.notAppendable++;
    } catch (e) {
      counts.notAppendable++;
    }
    if (rig.nor.counters.erases >= geometry.pages) counts.wholesaleErase++;
    counts.seqReused += rig.seqReused;
  }
  return counts;
}

export { createMemoryState };
