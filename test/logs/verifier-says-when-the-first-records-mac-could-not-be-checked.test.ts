import { expect } from "chai";
import { crc32 } from "../../hal/crypto/crc32";
import { verifyExport } from "../../scripts/logs/verify";
import { DEVICE_KEY, joined, sampleLog } from "./support/sample-log";

/**
 * A record's MAC covers the MAC of the record before it. An export that starts after the log's
 * first record (the older ones acknowledged and reclaimed) and is not a resumed read has no
 * predecessor MAC for its first record, so that record's fields cannot be authenticated even
 * with the key: an edit there is indistinguishable from a clean record. The tool must say so
 * rather than report every MAC verified.
 */
describe("verifier: an export that does not start the chain", () => {
  it("warns that the first record's MAC was not checked, and names it", () => {
    const log = sampleLog({ count: 12, firstSeq: 50 });
    const edited = log.map((r) => r.slice());
    edited[0][12] ^= 0x40; // the user field
    const check = crc32(edited[0].subarray(0, 30)) & 0xffff;
    edited[0][30] = check & 0xff;
    edited[0][31] = check >> 8;
    const result = verifyExport({ bytes: joined(edited), announcedNewestSeq: 61, key: DEVICE_KEY });
    expect(result.failure).to.equal(undefined);
    expect(result.warnings.join("\n")).to.match(/seq 50.*MAC.*not checked/);
  });

  it("gives no such warning when the export starts the chain or continues a resumed read", () => {
    expect(verifyExport({ bytes: joined(sampleLog({ count: 5 })), announcedNewestSeq: 5, key: DEVICE_KEY }).warnings).to.deep.equal([]);
    const log = sampleLog({ count: 12 });
    const resumed = verifyExport({
      bytes: joined(log.slice(6)),
      announcedNewestSeq: 12,
      key: DEVICE_KEY,
      anchor: { seq: 6, mac: log[5].slice(20, 28) },
    });
    expect(resumed.failure).to.equal(undefined);
    expect(resumed.warnings).to.deep.equal([]);
  });
});
