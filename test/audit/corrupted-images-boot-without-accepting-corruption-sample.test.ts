import { expect } from "chai";
import { sweepCorruptImages } from "./support/sweeps";

describe("audit log: corrupted flash images at boot (CI sample of 10,000)", () => {
  it("always boots appendable, never erases the region wholesale, never accepts a corrupted record, never reuses a seq", function () {
    this.timeout(60_000);
    const counts = sweepCorruptImages(400, 77);
    expect(counts, JSON.stringify(counts)).to.include({ images: 400, bootFailed: 0, corruptAccepted: 0, wholesaleErase: 0, notAppendable: 0, seqReused: 0 });
  });
});
