import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { cardRead, rig, user } from "./support/fakes";

describe("access: lockdown refuses everyone except users with the override flag", () => {
  // Locker 2 is card-only (gear): in lockdown even the override needs card + PIN.
  const config = { lockerClass: [0, 1] };
  const plain = user(1, { lockers: 0b11, cards: ["01010101"], pin: "1111" });
  const override = user(2, { lockers: 0b11, cards: ["02020202"], pin: "2222", flags: USER_FLAGS.overrideLockdown });

  it("secures everything and refuses an ordinary user with full proof", () => {
    const r = rig({ users: [plain, override], config });
    expect(r.access.command("lockdown", "hub")).to.equal("ok");
    expect(r.bank.actions).to.include("secureAll");
    r.access.keypadEntry("1");
    r.access.card(cardRead("01010101"));
    expect(r.last("access-denied")).to.include({ reason: "lockdown", user: 1 });
    r.access.keypadEntry("1");
    r.access.keypadEntry("1111");
    expect(r.last("access-denied")).to.include({ reason: "lockdown", user: 1 });
    expect(r.bank.releases()).to.deep.equal([]);
  });

  it("lets the override open with card + PIN, even where a card alone would do", () => {
    const r = rig({ users: [plain, override], config });
    r.access.lockdownInput(true);
    expect(r.access.latch()).to.equal("lockdown");
    r.access.keypadEntry("2");
    r.access.card(cardRead("02020202"));
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-pending")).to.include({ reason: "need-pin" });
    r.access.keypadEntry("2222");
    expect(r.bank.releases()).to.deep.equal([2]);
  });

  it("refuses open-all while in lockdown and cannot be cleared while the wired input is active", () => {
    const r = rig({ users: [plain], config });
    r.access.lockdownInput(true);
    expect(r.access.command("open-all", "hub")).to.equal("lockdown");
    expect(r.access.command("clear-lockdown", "hub")).to.equal("lockdown-input-active");
    r.access.lockdownInput(false);
    expect(r.access.latch()).to.equal("lockdown");
    expect(r.access.command("clear-lockdown", "hub")).to.equal("ok");
    expect(r.access.latch()).to.equal("normal");
  });
});
