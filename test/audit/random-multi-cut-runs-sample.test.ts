import { expect } from "chai";
import { badTotal, sweepMultiCuts } from "./support/sweeps";

describe("audit log: random runs of several power cuts, some during recovery (CI sample)", () => {
  it("keeps every invariant (replay a failure with the seed fast-check prints)", function () {
    this.timeout(60_000);
    const counts = sweepMultiCuts(40, 20261129);
    expect(counts.cuts).to.be.greaterThan(40);
    expect(badTotal(counts), JSON.stringify(counts)).to.equal(0);
  });
});
