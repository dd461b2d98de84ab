import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { rig, user } from "./support/fakes";
import { administrator, SATURDAY_9_UTC, selfTestPeople, startSelfTest, technician } from "./support/self-test-people";

const HOUR = 3600000;

describe("access: 906 checks validity and weekly windows by the board's clock, whatever its trust", () => {
  it("inside the technician's window: granted, even on a clock no hub has set since boot", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC, raw: true });
    expect(r.access.trust()).to.equal("unknown");
    startSelfTest(r, technician);
    expect(r.last("admin-command")).to.include({ result: "granted", reason: "self-test" });
  });

  it("outside it: outside-schedule (trusted or not)", () => {
    for (const raw of [false, true]) {
      const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC + 3 * HOUR, raw });
      startSelfTest(r, technician);
      expect(r.last("access-denied"), `raw ${raw}`).to.include({ user: 900, reason: "outside-schedule" });
      expect(r.selfTest.state()).to.equal("idle");
    }
  });

  it("a clock that was never set (before 2024) refuses anyone with a time restriction: clock-untrusted", () => {
    const r = rig({ users: selfTestPeople, startMs: Date.UTC(2000, 0, 1, 9), raw: true });
    startSelfTest(r, technician);
    expect(r.last("access-denied")).to.include({ user: 900, reason: "clock-untrusted" });
    startSelfTest(r, administrator);
    expect(r.last("admin-command"), "no time restriction: granted").to.include({ user: 8, result: "granted" });
  });

  it("expired, not yet valid and suspended technicians are refused", () => {
    const nowSeconds = SATURDAY_9_UTC / 1000;
    const cases = [
      { fields: { validUntil: nowSeconds - 1 }, reason: "expired" },
      { fields: { validFrom: nowSeconds + 60 }, reason: "not-yet-valid" },
      { fields: { flags: USER_FLAGS.suspended }, reason: "suspended" },
    ];
    for (const c of cases) {
      const tech = user(900, { ...technician, schedule: [], ...c.fields });
      const r = rig({ users: [tech], startMs: SATURDAY_9_UTC });
      startSelfTest(r, tech);
      expect(r.last("access-denied"), c.reason).to.include({ reason: c.reason });
      expect(r.bank.releases()).to.deep.equal([]);
    }
  });
});
