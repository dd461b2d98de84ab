import { expect } from "chai";
import { cardRead, rig } from "./support/fakes";
import { administrator, SATURDAY_9_UTC, selfTestPeople, startSelfTest, technician } from "./support/self-test-people";

describe("access: keypad command 906 starts the technician's self-test with card + PIN", () => {
  it("a maintenance card + PIN starts it; each locker is released only after its #", () => {
    const r = rig({ users: selfTestPeople, lockers: 3, startMs: SATURDAY_9_UTC });
    startSelfTest(r, technician);
    expect(r.last("admin-command")).to.include({ user: 900, result: "granted", reason: "self-test", detail: "self-test" });
    expect(r.selfTest.state()).to.equal("awaiting-confirmation");
    expect(r.last("selftest-confirm-wanted")).to.include({ locker: 1 });
    expect(r.bank.releases(), "starting releases nothing").to.deep.equal([]);

    r.selfTest.handleKey("#");
    expect(r.bank.releases()).to.deep.equal([1]);
    r.selfTest.handleKey("*");
    expect(r.bank.releases(), "* skips locker 2").to.deep.equal([1]);
    r.selfTest.handleKey("#");
    expect(r.bank.releases()).to.deep.equal([1, 3]);
    expect(r.selfTest.state()).to.equal("finished");
    expect(r.events.map((e) => e.type).filter((t) => t.startsWith("selftest-"))).to.include.members(["selftest-started", "selftest-released", "selftest-skipped", "selftest-finished"]);
  });

  it("PIN before card works too, and so does an administrator (no lockdown-control flag needed)", () => {
    const r = rig({ users: selfTestPeople, lockers: 2, startMs: SATURDAY_9_UTC });
    r.access.keypadEntry("906");
    r.access.keypadEntry(administrator.pin!);
    expect(r.last("access-pending")).to.include({ user: 8, reason: "need-card", detail: "self-test" });
    r.access.card(cardRead(administrator.cards[0]));
    expect(r.last("admin-command")).to.include({ user: 8, result: "granted", reason: "self-test" });
    expect(r.selfTest.state()).to.equal("awaiting-confirmation");
    expect(r.bank.releases()).to.deep.equal([]);
  });

  it("the decision event carries the credential version and the clock's trust", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC, raw: true });
    startSelfTest(r, technician);
    expect(r.last("admin-command")).to.include({ result: "granted", credVersion: 7, clock: "unknown" });
  });
});
