import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: a duress PIN opens as normal and raises a silent alarm", () => {
  const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111", duressPin: "1112" });

  it("releases the locker, drives the silent-alarm output and logs a duress event, with no visible sign", () => {
    const r = rig({ users: [alice] });
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1112");
    expect(r.bank.releases()).to.deep.equal([1]);
    expect(r.alarm).to.deep.equal([true]);
    expect(r.last("duress")).to.include({ user: 1, reason: "duress-pin" });
    expect(r.last("access-granted")).to.include({ user: 1, locker: 1 });
  });

  it("raises the alarm even when the opening itself is refused", () => {
    const r = rig({ users: [alice] });
    r.access.command("lockdown", "hub");
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1112");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.alarm).to.deep.equal([true]);
  });

  it("the normal PIN raises nothing; the hub silences the alarm", () => {
    const r = rig({ users: [alice] });
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1111");
    expect(r.alarm).to.deep.equal([]);
    r.access.keypadEntry("1112");
    r.access.command("silence-alarm", "hub");
    expect(r.alarm).to.deep.equal([true, false]);
  });
});
