import { expect } from "chai";
import { decodeAckReply, decodeError, encodeAckRequest, ERROR_ACK_BEYOND_LOG, REPLY_ACK, REPLY_ERROR, REQUEST_ACK } from "../../src/maintenance/messages";
import { FakeAuditLog } from "./support/fake-audit-log";
import { PortHarness } from "./support/port-harness";

describe("maintenance port: acknowledge", () => {
  it("advances the log's watermark and answers with it and what is left unacknowledged", () => {
    const log = new FakeAuditLog(5).fill(30);
    const port = new PortHarness(log);
    const [reply] = port.request(REQUEST_ACK, encodeAckRequest({ epoch: 5, seq: 12 }));
    expect(reply.type).to.equal(REPLY_ACK);
    expect(decodeAckReply(reply.payload)).to.deep.equal({ watermark: { epoch: 5, seq: 12 }, unacknowledged: 18 });
    expect(log.watermark).to.deep.equal({ epoch: 5, seq: 12 });
  });

  it("refuses to acknowledge a record that does not exist yet, changing nothing", () => {
    const log = new FakeAuditLog(5).fill(30);
    const [reply] = new PortHarness(log).request(REQUEST_ACK, encodeAckRequest({ epoch: 5, seq: 31 }));
    expect(reply.type).to.equal(REPLY_ERROR);
    expect(decodeError(reply.payload).code).to.equal(ERROR_ACK_BEYOND_LOG);
    expect(log.acknowledgements).to.equal(0);
    expect(log.watermark.seq).to.equal(0);
  });
});
