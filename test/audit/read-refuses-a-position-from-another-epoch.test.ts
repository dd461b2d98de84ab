import { expect } from "chai";
import { getU16, getU32 } from "../../src/audit/record";
import { auditLogView } from "../../src/maintenance/audit-view";
import { createRig, sampleEvent, SMALL_RING } from "./support/rig";

describe("audit log read checks the epoch of the position it starts from", () => {
  function twoBoots() {
    const rig = createRig(SMALL_RING);
    const first = rig.open();
    for (let i = 0; i < 5; i++) first.append(sampleEvent(i));
    const log = rig.open();
    for (let i = 5; i < 10; i++) log.append(sampleEvent(i));
    return log;
  }

  it("reads from (epoch, seq) when the record at seq has that epoch, and from any epoch with epoch 0", () => {
    const log = twoBoots();
    const second = log.read(0, 1, 100).find((r) => getU16(r, 16) === 2)!;
    const seq = getU32(second, 4);
    expect(getU32(log.read(2, seq, 1)[0], 4)).to.equal(seq);
    expect(getU32(log.read(1, 3, 1)[0], 4)).to.equal(3);
    expect(getU32(log.read(0, 3, 1)[0], 4)).to.equal(3);
    // The full 32-bit epoch matches the stored one modulo 65536.
    expect(getU32(log.read(1 + 65536, 3, 1)[0], 4)).to.equal(3);
  });

  it("throws when the record at seq was written by another boot", () => {
    const log = twoBoots();
    expect(() => log.read(2, 3, 1)).to.throw(/seq 3 belongs to epoch 1, not 2/);
  });

  it("does not check a seq that names no record held", () => {
    const log = twoBoots();
    const next = log.status().nextSeq;
    expect(log.read(7, next, 1)).to.deep.equal([]);
  });

  it("lets the maintenance port report the mismatch as such", () => {
    const view = auditLogView(twoBoots());
    expect(view.page({ epoch: 2, seq: 3 }, 4)).to.include({ epochMismatch: true });
    expect(view.page({ epoch: 1, seq: 3 }, 4).records).to.have.length(4);
  });
});
