import { expect } from "chai";
import { type CompactionSweep, type CutOutcome, sweepCompactionCuts } from "./compaction-sweep";

/**
 * Storage files carry no checksum: when the cut hits the last programs of a compaction, the
 * moved file's header is already in place, the chain is valid, and the boot check keeps it;
 * the file's tail reads as 0xFF (a torn word may hold stray bits). The firmware must check its
 * own files (length, checksum) rather than trust Storage.
 */
describe("Storage: power cut late in compaction", () => {
  let sweep: CompactionSweep;
  let silentlyDamaged: CutOutcome[];
  before(() => {
    sweep = sweepCompactionCuts([
      { mode: "lost", seed: 1 },
      { mode: "torn", seed: 300 },
    ]);
    silentlyDamaged = sweep.outcomes.filter((o) => o.valid && [...sweep.expected].some(([n, d]) => o.files.get(n) !== d));
  });

  it("happens: some cuts leave valid Storage with a damaged file", () => {
    expect(silentlyDamaged.length).to.be.greaterThan(0);
  });

  it("keeps every file name, damages exactly one, and only from some offset to its end", () => {
    for (const o of silentlyDamaged) {
      const label = `${o.mode} cut at op ${o.cutAtOp}`;
      expect([...o.files.keys()], label).to.deep.equal([...sweep.expected.keys()]);
      const damaged = [...sweep.expected].filter(([n, d]) => o.files.get(n) !== d);
      expect(damaged.length, label).to.equal(1);
      const [name, original] = damaged[0];
      const actual = o.files.get(name)!;
      expect(actual.length, label).to.equal(original.length);
      let same = 0;
      while (actual[same] === original[same]) same++;
      const tail = actual.slice(same);
      const strayBytes = tail.replace(/\xff+$/, "").length;
      expect(strayBytes, `${label}: only a torn word may hold stray bits`).to.be.at.most(4);
      expect(tail.length, label).to.be.greaterThan(strayBytes);
    }
  });

  it("only the last operations of the compaction do this", () => {
    for (const o of silentlyDamaged) expect(o.cutAtOp).to.be.at.least(sweep.opsInCompaction - 3);
  });
});
