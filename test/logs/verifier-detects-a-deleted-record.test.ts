import { expect } from "chai";
import fc from "fast-check";
import { verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, sampleLog } from "./support/sample-log";

describe("verifier: a record deleted from an export", () => {
  it("fails with a gap naming the record after the hole, with or without the key", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.nat(), fc.boolean(), (count, pick, withKey) => {
        const log = sampleLog({ count });
        const removed = 1 + (pick % (count - 2)); // interior: the last one is the truncation test
        const mutated = [...log.slice(0, removed), ...log.slice(removed + 1)];
        const result = verifyExport({ bytes: joined(mutated), announcedNewestSeq: count, key: withKey ? DEVICE_KEY : undefined });
        expect(result.failure?.kind).to.equal("gap");
        expect(result.failure?.seq).to.equal(removed + 2);
        expect(result.failure?.message).to.contain(`seq ${removed + 2}`);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it("fails when the first record after a resumed read's anchor is missing", () => {
    const log = sampleLog({ count: 10 });
    const anchor = { seq: 4, mac: log[3].slice(20, 28) };
    const result = verifyExport({ bytes: joined(log.slice(5)), anchor, key: DEVICE_KEY, announcedNewestSeq: 10 });
    expect(result.failure?.kind).to.equal("gap");
    expect(result.failure?.seq).to.equal(6);
  });
});
