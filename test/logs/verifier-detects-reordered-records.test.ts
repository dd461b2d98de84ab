import { expect } from "chai";
import fc from "fast-check";
import { verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, sampleLog } from "./support/sample-log";

describe("verifier: records reordered in an export", () => {
  it("fails at the first record out of place, with or without the key", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.nat(), fc.nat(), fc.boolean(), (count, a, b, withKey) => {
        const log = sampleLog({ count });
        const i = a % count;
        const j = b % count;
        fc.pre(i !== j);
        const mutated = log.slice();
        [mutated[i], mutated[j]] = [mutated[j], mutated[i]];
        const result = verifyExport({ bytes: joined(mutated), announcedNewestSeq: count, key: withKey ? DEVICE_KEY : undefined });
        expect(result.failure, "reordering went unnoticed").to.not.equal(undefined);
        expect(["gap", "order", "bad-mac"]).to.include(result.failure!.kind);
        // Without an anchor the first record may be any seq, so a swap with it shows at the second.
        expect(result.failure!.index).to.equal(Math.max(1, Math.min(i, j)));
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});
