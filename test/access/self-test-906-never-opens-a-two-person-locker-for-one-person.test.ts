import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { rig, user } from "./support/fakes";
import { startSelfTest } from "./support/self-test-people";

// A two-person locker exists so that no single person opens it. The self-test is started by one
// person, so it must not offer such a locker even when that person has rights to it.
describe("access: the self-test never releases a two-person locker for the one person who started it", () => {
  const administrator = user(7, {
    role: "administrator",
    lockers: 0b11,
    flags: USER_FLAGS.twoPersonEligible,
    cards: ["11223344"],
    pin: "97531",
  });

  it("skips the two-person locker and asks only about the other one", () => {
    // Locker 1: card class; locker 2: the two-person armory class of the default site.
    const r = rig({ users: [administrator], lockers: 2, config: { lockerClass: [1, 3] } });
    expect(r.config.classes[3].twoPerson).to.equal(true);
    startSelfTest(r, administrator);
    expect(r.last("admin-command")).to.include({ user: 7, result: "granted", reason: "self-test" });
    expect(r.last("selftest-confirm-wanted")).to.include({ locker: 1 });
    r.selfTest.handleKey("#");
    r.selfTest.handleKey("#");
    expect(r.bank.releases()).to.deep.equal([1]);
    expect(r.events.filter((e) => e.type === "selftest-skipped").map((e) => e.locker)).to.deep.equal([2]);
  });
});
