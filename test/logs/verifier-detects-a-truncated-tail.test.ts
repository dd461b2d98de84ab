import { expect } from "chai";
import fc from "fast-check";
import { verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, sampleLog } from "./support/sample-log";

describe("verifier: an export cut short", () => {
  it("fails as truncated when whole records are missing at the end", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.nat(), (count, pick) => {
        const kept = pick % count; // 0..count-1 records kept
        const log = sampleLog({ count });
        const result = verifyExport({ bytes: joined(log.slice(0, kept)), announcedNewestSeq: count, key: DEVICE_KEY });
        expect(result.failure?.kind).to.equal("truncated");
        expect(result.failure?.message).to.contain(`up to seq ${count}`);
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it("fails as truncated when the export ends inside a record, and names the last whole one", () => {
    const bytes = joined(sampleLog({ count: 6 }));
    for (let cut = 1; cut < 32; cut++) {
      const result = verifyExport({ bytes: bytes.slice(0, bytes.length - cut), announcedNewestSeq: 6 });
      expect(result.failure?.kind, `cut ${cut}`).to.equal("truncated");
      expect(result.failure?.message).to.contain("seq 5");
    }
  });

  it("does not take a last record with a broken check for a torn tail when the device announced it", () => {
    const bytes = joined(sampleLog({ count: 6 }));
    bytes[5 * 32 + 9] ^= 0x10;
    const result = verifyExport({ bytes, announcedNewestSeq: 6 });
    expect(result.failure?.kind).to.equal("corrupt");
    expect(result.failure?.index).to.equal(5);
  });
});
