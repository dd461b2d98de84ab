import { expect } from "chai";
import { PowerCutError, type PowerCutMode } from "../../hal/virtual/flash/nor-flash";
import { openFlashState } from "../../src/persist/flash-state";
import { crc32, hostFlashPages, smallFlash, STATE_PARTITION } from "./support/host-flash";

const open = (nor: ReturnType<typeof smallFlash>) => openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });

/**
 * Base image: three keys and a bank 3 records from full, so the sets below append, compact
 * (dropping "lockdown", just set back to 0) and append again. A cut at each of their flash
 * operations, in each mode, must leave the key being set with its old or new value and every
 * other key as it was. 0 and unset are the same value (durable-state.ts), so both read as 0.
 */
describe("flash DurableState under power cuts", () => {
  const nor = smallFlash();
  const base = open(nor);
  base.set("lockdown", 0);
  base.set("epoch", 5);
  base.set("open-all", 0);
  // "lockdown" and "open-all" at 0 cost no record: 2 + 140 records fill the bank to 3 from full.
  for (let i = 0; i < 141; i++) base.set("filler", i);
  const image = nor.snapshot();
  const sets: Array<[string, number]> = [["lockdown", 1], ["epoch", 6], ["open-all", 1], ["lockdown", 0], ["epoch", 7], ["new-key", 9]];

  function runSets(): number {
    const state = open(nor);
    let done = 0;
    try {
      for (const [key, value] of sets) {
        state.set(key, value);
        done++;
      }
    } catch (error) {
      if (!(error instanceof PowerCutError)) throw error;
    }
    return done;
  }

  nor.restore(image);
  nor.resetCounters();
  runSets();
  const totalOps = nor.counters.programs + nor.counters.erases;

  it("the sweep covers appends and a compaction (erase + program + seal)", () => {
    expect(nor.counters.erases).to.equal(1);
    expect(totalOps).to.equal(8); // 3 appends, erase + image + seal, 2 appends
  });

  for (const mode of ["lost", "torn", "partial-erase"] as PowerCutMode[]) {
    it(`leaves each key old-or-new after a "${mode}" cut at any of the ${totalOps} operations`, () => {
      for (let k = 0; k < totalOps; k++) {
        nor.restorePower();
        nor.restore(image);
        nor.armPowerCut({ afterOps: k, mode, on: "any", seed: k + 1 });
        const completed = runSets();
        expect(nor.powerFailed, `cut ${k}`).to.equal(true);
        nor.restorePower();
        const after = open(nor);
        const expected = new Map<string, number>([["lockdown", 0], ["epoch", 5], ["open-all", 0], ["filler", 140], ["new-key", 0]]);
        for (let i = 0; i < completed; i++) expected.set(sets[i][0], sets[i][1]);
        const [cutKey, cutValue] = sets[completed];
        for (const [key, value] of expected) {
          const read = after.get(key) ?? 0;
          if (key === cutKey) expect([value, cutValue], `cut ${k} key ${key}`).to.include(read);
          else expect(read, `cut ${k} key ${key}`).to.equal(value);
        }
        // And the store still works after the cut.
        after.set("epoch", 100);
        expect(open(nor).get("epoch")).to.equal(100);
      }
    });
  }
});
