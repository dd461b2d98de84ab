import { expect } from "chai";
import { getU32 } from "../../src/audit/record";
import { EVENT_TYPES } from "../../src/event-types";
import { appendWithAcks } from "./support/sweeps";
import { createRig, readAll, SMALL_RING } from "./support/rig";

describe("audit log recovery", () => {
  it("continues seq and chain after a reboot, across ring rotations", () => {
    const rig = createRig(SMALL_RING);
    appendWithAcks(rig.open(), 0, 400, 10);
    const before = rig.open();
    const next = before.status().nextSeq;
    expect(next).to.equal(401);
    expect(before.recovery().accepted).to.be.greaterThan(90);
    before.append({ t: 1, type: "boot" });
    expect(getU32(readAll(before).slice(-1)[0], 4)).to.equal(401);
  });

  it("steps over a torn record at the tail and reports it in the log", () => {
    const rig = createRig(SMALL_RING);
    const log = rig.open();
    appendWithAcks(log, 0, 5, 0);
    rig.nor.armPowerCut({ afterOps: 1, mode: "torn", on: "program", seed: 3 });
    expect(() => log.append({ t: 9, type: "door-opened", locker: 1 })).to.throw();
    rig.nor.restorePower();
    const after = rig.open();
    expect(after.recovery().tornAtTail).to.equal(1);
    const records = readAll(after);
    expect(records.map((r) => getU32(r, 4))).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(EVENT_TYPES[records[5][1]]).to.equal("log-torn-record");
    expect(getU32(records[5], 12)).to.equal(1);
  });

  it("boots an erased partition as an empty log starting at seq 1", () => {
    const log = createRig(SMALL_RING).open();
    expect(log.status()).to.include({ nextSeq: 1, stored: 0, unacked: 0 });
  });
});
