/**
 * Cuts the power at each flash operation of one Storage compaction in turn, then powers on
 * (new Storage object: RAM is gone) and runs the boot check. Shared by the compaction tests.
 */
import { PowerCutError, type PowerCutMode } from "../../hal/virtual/flash/nor-flash";
import { EspruinoStorage } from "../../hal/virtual/flash/storage";
import { PICO_STORAGE, picoFlash } from "./fixtures";

export interface CutOutcome {
  cutAtOp: number;
  mode: PowerCutMode;
  seed: number;
  valid: boolean;
  storageAllErased: boolean;
  /** name -> content after the boot check */
  files: Map<string, string>;
}

export interface CompactionSweep {
  opsInCompaction: number;
  /** Live files before the compaction (what an intact Storage must hold). */
  expected: Map<string, string>;
  outcomes: CutOutcome[];
}

/** Live files spread over all three Pico pages, plus trash at the start so compaction moves everything. */
function fillStorage(storage: EspruinoStorage): Map<string, string> {
  const expected = new Map<string, string>();
  for (let i = 0; i < 14; i++) {
    const name = "file" + (i % 7);
    const data = String.fromCharCode(65 + i).repeat(2000 + i * 300);
    storage.write(name, data);
    expected.set(name, data);
  }
  return expected;
}

export function sweepCompactionCuts(runs: Array<{ mode: PowerCutMode; seed: number }>): CompactionSweep {
  const flash = picoFlash();
  const expected = fillStorage(new EspruinoStorage(flash, PICO_STORAGE));
  const before = flash.snapshot();
  flash.resetCounters();
  new EspruinoStorage(flash, PICO_STORAGE).compact();
  const opsInCompaction = flash.counters.programs + flash.counters.erases;
  const outcomes: CutOutcome[] = [];
  for (const { mode, seed } of runs) {
    for (let cutAtOp = 0; cutAtOp < opsInCompaction; cutAtOp++) {
      flash.restorePower();
      flash.restore(before);
      flash.armPowerCut({ afterOps: cutAtOp, mode, seed: seed + cutAtOp, on: "any" });
      let cut = false;
      try {
        new EspruinoStorage(flash, PICO_STORAGE).compact();
      } catch (error) {
        if (!(error instanceof PowerCutError)) throw error;
        cut = true;
      }
      if (!cut) throw new Error(`no power cut at op ${cutAtOp}`);
      flash.restorePower();
      const storage = new EspruinoStorage(flash, PICO_STORAGE);
      const { valid } = storage.bootCheck();
      const files = new Map(storage.list().map((name) => [name, storage.read(name) ?? ""] as [string, string]));
      const storageAllErased = flash.peek(PICO_STORAGE.start, PICO_STORAGE.size).every((b) => b === 0xff);
      outcomes.push({ cutAtOp, mode, seed, valid, storageAllErased, files });
    }
  }
  return { opsInCompaction, expected, outcomes };
}
