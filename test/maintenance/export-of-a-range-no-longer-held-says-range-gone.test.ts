import { expect } from "chai";
import { decodeError, encodeExportRequest, ERROR_EPOCH_MISMATCH, ERROR_RANGE_GONE, REPLY_ERROR, REQUEST_EXPORT } from "../../src/maintenance/messages";
import { FakeAuditLog } from "./support/fake-audit-log";
import { PortHarness } from "./support/port-harness";

describe("maintenance port: export of records no longer held", () => {
  it("answers range-gone naming the oldest record still held", () => {
    const log = new FakeAuditLog(3).fill(50);
    log.reclaim(20);
    const [reply] = new PortHarness(log).request(REQUEST_EXPORT, encodeExportRequest({ from: { epoch: 3, seq: 5 }, fromOldest: false, maxRecords: 10 }));
    expect(reply.type).to.equal(REPLY_ERROR);
    const error = decodeError(reply.payload);
    expect(error.code).to.equal(ERROR_RANGE_GONE);
    expect(error.oldest).to.deep.equal({ epoch: 3, seq: 21 });
    expect(error.message).to.contain("range-gone, oldest is 3:21");
  });

  it("answers epoch-mismatch when that seq was written by another boot", () => {
    const [reply] = new PortHarness(new FakeAuditLog(3).fill(10)).request(
      REQUEST_EXPORT,
      encodeExportRequest({ from: { epoch: 9, seq: 5 }, fromOldest: false, maxRecords: 10 }),
    );
    expect(decodeError(reply.payload).code).to.equal(ERROR_EPOCH_MISMATCH);
  });
});
