import { expect } from "chai";
import { getU32 } from "../../src/audit/record";
import { createRig, readAll, sampleEvent, SMALL_RING } from "./support/rig";

describe("audit log when full", () => {
  it("keeps the oldest, counts what it could not store, and says so in the next record it can write", () => {
    const rig = createRig(SMALL_RING);
    const log = rig.open();
    for (let i = 0; i < 200; i++) log.append(sampleEvent(i));
    const status = log.status();
    expect(status.alarms).to.include("full");
    expect(readAll(log)[0][4]).to.equal(1);
    expect(status.dropped).to.be.greaterThan(0);
    expect(rig.state.get("audit.dropped")).to.equal(status.dropped);
    expect(rig.nor.counters.erases).to.equal(0);

    log.acknowledge(1, 40);
    log.append(sampleEvent(999));
    const records = readAll(log);
    const notice = records[records.length - 2];
    expect(getU32(notice, 12)).to.equal(status.dropped);
    expect(log.status().alarms).to.not.include("full");
  });

  it("refuses an acknowledgement past the newest record and never moves the watermark back", () => {
    const rig = createRig(SMALL_RING);
    const log = rig.open();
    for (let i = 0; i < 10; i++) log.append(sampleEvent(i));
    expect(() => log.acknowledge(1, 11)).to.throw(/newest record is seq 10/);
    log.acknowledge(1, 8);
    log.acknowledge(1, 3);
    expect(log.status().watermark.seq).to.equal(8);
    expect(rig.open().status().watermark.seq).to.equal(8);
  });
});
