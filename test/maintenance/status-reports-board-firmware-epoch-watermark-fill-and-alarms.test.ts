import { expect } from "chai";
import { decodeStatus, encodeAckRequest, ALARM_FILL_80, REPLY_STATUS, REQUEST_ACK, REQUEST_STATUS } from "../../src/maintenance/messages";
import { FakeAuditLog } from "./support/fake-audit-log";
import { PortHarness } from "./support/port-harness";

describe("maintenance port: status", () => {
  it("reports board, firmware, build, epoch, oldest and next seq, watermark, fill and alarms", () => {
    const log = new FakeAuditLog(4, 100).fill(85);
    const port = new PortHarness(log);
    port.request(REQUEST_ACK, encodeAckRequest({ epoch: 4, seq: 3 }));
    const [reply] = port.request(REQUEST_STATUS);
    expect(reply.type).to.equal(REPLY_STATUS);
    const status = decodeStatus(reply.payload);
    expect(status).to.include({ board: "virtual", firmware: "0.1.0", production: true, empty: false, epoch: 4, nextSeq: 86 });
    expect(status.oldest).to.deep.equal({ epoch: 4, seq: 1 });
    expect(status.watermark).to.deep.equal({ epoch: 4, seq: 3 });
    expect(status).to.include({ recordSize: 32, capacity: 100, unacknowledged: 82, fillPercent: 82 });
    expect(status.alarms & ALARM_FILL_80).to.equal(ALARM_FILL_80);
  });

  it("says the log is empty before the first record", () => {
    const port = new PortHarness(new FakeAuditLog());
    const status = decodeStatus(port.request(REQUEST_STATUS)[0].payload);
    expect(status.empty).to.equal(true);
    expect(status.nextSeq).to.equal(1);
  });
});
