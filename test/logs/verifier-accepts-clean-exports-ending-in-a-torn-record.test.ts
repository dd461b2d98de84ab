import { expect } from "chai";
import fc from "fast-check";
import { slotState } from "../../src/audit/record";
import { hostRecordCrypto, verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, sampleLog, tornSlot } from "./support/sample-log";

describe("verifier: a clean export ending in a torn record", () => {
  it("raises no alarm, warns about the torn tail and leaves it out (500 random logs)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        (count, cutAt, noise, withKey) => {
          const log = sampleLog({ count: count + 1 });
          const torn = tornSlot(log[count], cutAt, noise);
          fc.pre(slotState(torn, hostRecordCrypto) !== "record");
          const result = verifyExport({
            bytes: joined([...log.slice(0, count), torn]),
            announcedNewestSeq: count,
            key: withKey ? DEVICE_KEY : undefined,
          });
          expect(result.failure, result.failure?.message).to.equal(undefined);
          expect(result.records.map((r) => r.seq)).to.deep.equal(log.slice(0, count).map((_, i) => i + 1));
          expect(result.warnings.join("\n")).to.contain("torn tail");
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it("raises no alarm on a clean export without a torn tail", () => {
    const result = verifyExport({ bytes: joined(sampleLog({ count: 25 })), announcedNewestSeq: 25, key: DEVICE_KEY });
    expect(result.failure).to.equal(undefined);
    expect(result.warnings).to.deep.equal([]);
    expect(result.records).to.have.length(25);
  });
});
