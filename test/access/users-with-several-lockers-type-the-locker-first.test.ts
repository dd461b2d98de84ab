import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: a user with one locker gets it; one with several types its number first", () => {
  const one = user(1, { lockers: 0b100, cards: ["0a0a0a0a"], pin: "1111" });
  const many = user(2, { lockers: 0b110, cards: ["0b0b0b0b"], pin: "2222" });

  it("one locker: no number needed", () => {
    const r = rig({ users: [one] });
    r.access.card(cardRead("0a0a0a0a"));
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([3]);
  });

  it("several lockers: refused without a number, opens the typed one, refuses one not theirs", () => {
    const r = rig({ users: [many] });
    r.access.card(cardRead("0b0b0b0b"));
    expect(r.last("access-denied")).to.include({ reason: "select-locker" });
    r.access.keypadEntry("3");
    r.access.card(cardRead("0b0b0b0b"));
    r.access.keypadEntry("2222");
    expect(r.bank.releases()).to.deep.equal([3]);
    r.access.keypadEntry("1");
    r.access.card(cardRead("0b0b0b0b"));
    expect(r.last("access-denied")).to.include({ reason: "not-authorised", locker: 1 });
  });

  it("garbage entries (3 digits not a command, locker 0, beyond the bank) are refused and end the session", () => {
    const r = rig({ users: [many] });
    for (const digits of ["123", "0", "99", "9"]) {
      r.access.keypadEntry(digits);
      expect(r.last("access-denied"), digits).to.include({ reason: "bad-entry" });
    }
    expect(r.bank.releases()).to.deep.equal([]);
  });
});
