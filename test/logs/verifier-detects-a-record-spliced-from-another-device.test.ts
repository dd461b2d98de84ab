import { expect } from "chai";
import fc from "fast-check";
import { verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, OTHER_DEVICE_KEY, sampleLog } from "./support/sample-log";

describe("verifier: a record spliced in from another device", () => {
  it("fails with a bad MAC at the spliced record when the key is given (same seq, well-formed)", () => {
    const mine = sampleLog({ count: 40 });
    const theirs = sampleLog({ count: 40, key: OTHER_DEVICE_KEY });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 39 }), (victim) => {
        const mutated = mine.slice();
        mutated[victim] = theirs[victim];
        const result = verifyExport({ bytes: joined(mutated), announcedNewestSeq: 40, key: DEVICE_KEY });
        expect(result.failure?.kind).to.equal("bad-mac");
        expect(result.failure?.index).to.equal(victim);
        expect(result.failure?.message).to.contain(`seq ${victim + 1}`);
      }),
      { numRuns: 40, seed: 6 },
    );
  });

  it("fails with a bad MAC when a whole run of the other device's records is spliced in", () => {
    const mine = sampleLog({ count: 30 });
    const theirs = sampleLog({ count: 30, key: OTHER_DEVICE_KEY });
    const mutated = [...mine.slice(0, 10), ...theirs.slice(10, 20), ...mine.slice(20)];
    const result = verifyExport({ bytes: joined(mutated), announcedNewestSeq: 30, key: DEVICE_KEY });
    expect(result.failure?.kind).to.equal("bad-mac");
    expect(result.failure?.index).to.equal(10);
  });
});
