import { expect } from "chai";
import { rig } from "./support/fakes";
import { lockerTwoTechnician, SATURDAY_9_UTC, selfTestPeople, startSelfTest } from "./support/self-test-people";

// A technician must not reach, through the self-test, a locker (a weapon locker, say) their own
// rights do not open: every door is still reported, but only their lockers are offered.
describe("access: the self-test releases only lockers its starter has rights to", () => {
  it("a technician with rights to locker 2 of 4 is asked about locker 2 only; the others are skipped", () => {
    const r = rig({ users: selfTestPeople, lockers: 4, startMs: SATURDAY_9_UTC });
    startSelfTest(r, lockerTwoTechnician);
    expect(r.last("admin-command")).to.include({ user: 901, result: "granted", reason: "self-test" });
    expect(r.events.filter((e) => e.type === "selftest-door").map((e) => e.locker)).to.deep.equal([1, 2, 3, 4]);
    expect(r.last("selftest-confirm-wanted")).to.include({ locker: 2 });
    r.selfTest.handleKey("#");
    expect(r.bank.releases()).to.deep.equal([2]);
    expect(r.selfTest.state()).to.equal("finished");
    const skipped = r.events.filter((e) => e.type === "selftest-skipped").map((e) => e.locker);
    expect(skipped).to.deep.equal([1, 3, 4]);
    r.selfTest.handleKey("#");
    expect(r.bank.releases(), "a # after the end opens nothing").to.deep.equal([2]);
  });
});
