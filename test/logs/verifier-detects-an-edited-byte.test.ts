import { expect } from "chai";
import fc from "fast-check";
import { verifyExport } from "../../scripts/logs/verify";
import { crc32 } from "../../hal/crypto/crc32";
import { DEVICE_KEY, joined, sampleLog } from "./support/sample-log";

describe("verifier: one byte of an export edited", () => {
  it("fails at the edited record, whichever byte and value, with or without the key", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        (count, pick, offset, xor, withKey) => {
          const log = sampleLog({ count });
          const victim = pick % count;
          const bytes = joined(log);
          bytes[victim * 32 + offset] ^= xor;
          const result = verifyExport({ bytes, announcedNewestSeq: count, key: withKey ? DEVICE_KEY : undefined });
          expect(result.failure, `edit of byte ${offset} in record ${victim} went unnoticed`).to.not.equal(undefined);
          expect(result.failure!.index).to.be.at.most(victim + 1);
        },
      ),
      { numRuns: 1000, seed: 3 },
    );
  });

  it("with the key, also catches an edit whose record check was recomputed to match", () => {
    const log = sampleLog({ count: 12 });
    for (let victim = 0; victim < log.length; victim++) {
      for (const offset of [1, 2, 3, 4, 8, 12, 16, 18, 20, 27, 28]) {
        const mutated = log.map((r) => r.slice());
        const record = mutated[victim];
        record[offset] ^= offset === 3 ? 0x01 : 0x40; // flag bit 0 keeps the flags well-formed
        const check = crc32(record.subarray(0, 30)) & 0xffff;
        record[30] = check & 0xff;
        record[31] = check >> 8;
        const result = verifyExport({ bytes: joined(mutated), announcedNewestSeq: 12, key: DEVICE_KEY });
        expect(result.failure, `edit of byte ${offset} in record ${victim}`).to.not.equal(undefined);
        expect(result.failure!.index).to.be.at.most(victim + 1);
      }
    }
  });
});
