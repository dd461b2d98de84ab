import { expect } from "chai";
import { auditLogView } from "../../src/maintenance/audit-view";
import type { RecordCrypto } from "../../src/audit/record";
import { createRig, hostCrypto, sampleEvent } from "../audit/support/rig";

/**
 * A board's erase unit can hold thousands of records (a Pico's log is one 128 KB unit, 4,095
 * records). The port asks for 15 records at a time, so an export that re-verified its page from
 * the first slot at every request would cost HMACs quadratic in the page size (and on a Pico
 * outlast both the host's reply timeout and the watchdog).
 */
describe("maintenance export cost", () => {
  it("a sequential export through the port's view checks each record's MAC about once", () => {
    let hmacs = 0;
    const counting: RecordCrypto = {
      hmacSha256: (key, bytes) => {
        hmacs++;
        return hostCrypto.hmacSha256(key, bytes);
      },
      crc32: hostCrypto.crc32,
    };
    const rig = createRig({ pageSize: 16384, pages: 2 }, counting);
    const log = rig.open();
    const records = 600;
    for (let i = 0; i < records; i++) log.append(sampleEvent(i));
    const view = auditLogView(log);
    hmacs = 0;
    let page = view.page(undefined, 15);
    let exported = page.records.length;
    while (page.more) {
      page = view.page(page.next, 15);
      exported += page.records.length;
      view.summary();
    }
    expect(exported).to.equal(records);
    expect(hmacs).to.be.below(records * 3);
  });
});
