import { expect } from "chai";
import { getU16 } from "../../src/audit/record";
import { createRig, readAll, sampleEvent, SMALL_RING } from "./support/rig";

/**
 * Records keep the boot epoch modulo 65536 while the state keeps all 32 bits. Recovery must
 * compare the two modulo 65536: comparing the log's 16-bit epochs with the full one pins the
 * epoch at 65536 once the log holds records of both 65535 and 65536 (stored as 0).
 */
describe("audit boot epoch across the 16-bit wrap", () => {
  it("goes on 65535, 65536, 65537, 65538 ... with the records' epoch following modulo 65536", () => {
    const rig = createRig(SMALL_RING);
    rig.state.set("audit.epoch", 65533);
    const seen: number[] = [];
    for (let boot = 0; boot < 6; boot++) {
      const log = rig.open();
      log.append(sampleEvent(boot));
      seen.push(log.status().epoch);
      const records = readAll(log);
      expect(getU16(records[records.length - 1], 16)).to.equal(log.status().epoch & 0xffff);
    }
    expect(seen).to.deep.equal([65534, 65535, 65536, 65537, 65538, 65539]);
  });

  it("takes the epoch on from the newest record, not the largest 16-bit value, when the state lost it", () => {
    const rig = createRig(SMALL_RING);
    rig.state.set("audit.epoch", 65534);
    for (let boot = 0; boot < 3; boot++) rig.open().append(sampleEvent(boot));
    // The log holds epochs 65535, 0 (65536) and 1 (65537); a state without the key starts from the log.
    const stateless = createRig(SMALL_RING);
    stateless.nor.restore(rig.nor.snapshot());
    const log = stateless.open();
    expect(log.status().epoch & 0xffff).to.equal(2);
  });

  it("keeps the state's epoch when no record of the last boot reached the log", () => {
    const rig = createRig(SMALL_RING);
    rig.state.set("audit.epoch", 70000);
    rig.open().append(sampleEvent(0));
    // A boot that persisted its epoch and was cut before its first record.
    rig.state.set("audit.epoch", 70001);
    expect(rig.open().status().epoch).to.equal(70002);
  });
});
