import { expect } from "chai";
import { decodeRecord } from "../../src/audit/record";
import { decodeRecords, encodeExportRequest, REPLY_RECORDS, REQUEST_EXPORT, type Position } from "../../src/maintenance/messages";
import { FakeAuditLog } from "./support/fake-audit-log";
import { PortHarness } from "./support/port-harness";

function page(port: PortHarness, from: Position | undefined, maxRecords: number) {
  const [reply] = port.request(REQUEST_EXPORT, encodeExportRequest({ from: from ?? { epoch: 0, seq: 0 }, fromOldest: !from, maxRecords }));
  expect(reply.type).to.equal(REPLY_RECORDS);
  return decodeRecords(reply.payload);
}

describe("maintenance port: export", () => {
  it("pages through the whole log from the oldest, each page naming where the next starts", () => {
    const log = new FakeAuditLog(2).fill(37);
    const port = new PortHarness(log);
    const seqs: number[] = [];
    let from: Position | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const p = page(port, from, 10);
      seqs.push(...p.records.map((r) => decodeRecord(r).seq));
      if (!p.more) break;
      from = p.next;
    }
    expect(seqs).to.deep.equal(Array.from({ length: 37 }, (_, i) => i + 1));
  });

  it("starts at the given (epoch, seq) and sends records exactly as stored", () => {
    const log = new FakeAuditLog(2).fill(30);
    const p = page(new PortHarness(log), { epoch: 2, seq: 12 }, 5);
    expect(p.records.map((r) => decodeRecord(r).seq)).to.deep.equal([12, 13, 14, 15, 16]);
    expect(p.records[0]).to.deep.equal(log.records[11]);
    expect(p.next).to.deep.equal({ epoch: 2, seq: 17 });
    expect(p.more).to.equal(true);
  });

  it("caps a page at what fits in 512 bytes, and answers an empty page past the newest record", () => {
    const port = new PortHarness(new FakeAuditLog().fill(40));
    expect(page(port, undefined, 255).records).to.have.length(15);
    const past = page(port, { epoch: 1, seq: 41 }, 10);
    expect(past.records).to.have.length(0);
    expect(past.more).to.equal(false);
  });
});
