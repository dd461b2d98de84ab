import { expect } from "chai";
import { getU32, verifyChain } from "../../src/audit/record";
import { EVENT_TYPES } from "../../src/event-types";
import { appendWithAcks } from "./support/sweeps";
import { createRig, hostCrypto, readAll, SMALL_RING, TEST_KEY } from "./support/rig";

describe("audit log recovery", () => {
  it("continues the chain after a reboot, across ring rotations, with seq resumed at the persisted ceiling", () => {
    const rig = createRig(SMALL_RING);
    appendWithAcks(rig.open(), 0, 400, 10);
    const before = rig.open();
    const next = before.status().nextSeq;
    // Seqs 1..400 used; the ceiling was written ahead to 513 when seq 257 was taken.
    expect(rig.state.get("audit.seqCeil")).to.equal(513);
    expect(next).to.equal(513);
    expect(before.recovery().accepted).to.be.greaterThan(90);
    before.append({ t: 1, type: "boot" });
    const records = readAll(before);
    expect(records.slice(-2).map((r) => getU32(r, 4))).to.deep.equal([400, 513]);
    expect(verifyChain(records, { crypto: hostCrypto, key: TEST_KEY })).to.equal(undefined);
    expect(rig.state.get("audit.seqCeil")).to.equal(513 + 256);
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
    // The torn write was never committed; the boot resumes at the ceiling all the same.
    expect(records.map((r) => getU32(r, 4))).to.deep.equal([1, 2, 3, 4, 5, 257]);
    expect(EVENT_TYPES[records[5][1]]).to.equal("log-torn-record");
    expect(getU32(records[5], 12)).to.equal(1);
  });

  it("boots an erased partition as an empty log starting at seq 1", () => {
    const log = createRig(SMALL_RING).open();
    expect(log.status()).to.include({ nextSeq: 1, stored: 0, unacked: 0 });
  });
});
