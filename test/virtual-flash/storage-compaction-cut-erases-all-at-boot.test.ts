import { expect } from "chai";
import { type CompactionSweep, sweepCompactionCuts } from "./compaction-sweep";

describe("Storage: power cut during compaction", () => {
  let sweep: CompactionSweep;
  before(() => {
    // torn on "any": a cut erase is left partly erased, a cut program is torn
    sweep = sweepCompactionCuts([
      { mode: "lost", seed: 1 },
      { mode: "torn", seed: 100 },
      { mode: "torn", seed: 200 },
    ]);
  });

  it("compaction is several erases and programs (the sweep has something to cut)", () => {
    expect(sweep.opsInCompaction).to.be.greaterThan(6);
  });

  it("after every cut, Storage is either valid at boot or invalid and then erased entirely", () => {
    for (const o of sweep.outcomes) {
      const label = `${o.mode} cut at op ${o.cutAtOp}`;
      if (!o.valid) {
        expect(o.storageAllErased, label).to.equal(true);
        expect(o.files.size, label).to.equal(0);
      } else {
        expect(o.storageAllErased, label).to.equal(false);
      }
    }
  });

  it("most cuts lose ALL files", () => {
    const erased = sweep.outcomes.filter((o) => !o.valid).length;
    expect(erased).to.be.greaterThan(sweep.outcomes.length / 2);
  });

  it("a cut that loses the very first operation leaves every file intact", () => {
    const first = sweep.outcomes.find((o) => o.mode === "lost" && o.cutAtOp === 0)!;
    expect(first.valid).to.equal(true);
    expect([...first.files]).to.deep.equal([...sweep.expected]);
  });
});
