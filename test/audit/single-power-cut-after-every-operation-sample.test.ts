import { expect } from "chai";
import { badTotal, sweepSingleCuts } from "./support/sweeps";

describe("audit log: one power cut after a flash operation (CI sample of the soak sweep)", () => {
  it("loses no committed record, accepts nothing corrupt, keeps the in-flight record whole or absent, stays appendable", function () {
    this.timeout(60_000);
    // 1,000 appends span 8 rotations of the 4-page test ring; the soak cuts after every operation.
    const counts = sweepSingleCuts(1000, 53, undefined, 7);
    expect(counts.cuts).to.be.greaterThan(100);
    expect(counts, JSON.stringify(counts)).to.include({ committedLost: 0, corruptAccepted: 0, chainBroken: 0, notAppendable: 0, watermarkBackwards: 0, seqReused: 0 });
    expect(badTotal(counts)).to.equal(0);
  });
});
