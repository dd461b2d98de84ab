import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { cardRead, rig, user } from "./support/fakes";

describe("access: card-only, PIN-only and two-person classes", () => {
  // Locker 1 gear (card), 2 radio (PIN), 3 armory (two-person card + PIN).
  const config = { lockerClass: [1, 2, 3] };
  const eligible = USER_FLAGS.twoPersonEligible;
  const a = user(1, { lockers: 0b111, cards: ["0a0a0a0a"], pin: "1111", flags: eligible });
  const b = user(2, { lockers: 0b111, cards: ["0b0b0b0b"], pin: "2222", flags: eligible });
  const c = user(3, { lockers: 0b111, cards: ["0c0c0c0c"], pin: "3333" });

  function person(r: ReturnType<typeof rig>, card: string, pin: string): void {
    r.access.keypadEntry("3");
    r.access.card(cardRead(card));
    r.access.keypadEntry(pin);
  }

  it("card class: a card opens; PIN class: a PIN opens", () => {
    const r = rig({ users: [a], config });
    r.access.keypadEntry("1");
    r.access.card(cardRead("0a0a0a0a"));
    r.access.keypadEntry("2");
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([1, 2]);
  });

  it("two-person: two different eligible users within the window", () => {
    const r = rig({ users: [a, b, c], config });
    person(r, "0a0a0a0a", "1111");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-pending")).to.include({ reason: "two-person-first", user: 1 });
    person(r, "0a0a0a0a", "1111");
    expect(r.last("access-denied")).to.include({ reason: "same-person" });
    person(r, "0c0c0c0c", "3333");
    expect(r.events.filter((e) => e.user === 3).map((e) => e.reason)).to.include("not-two-person-eligible");
    person(r, "0b0b0b0b", "2222");
    expect(r.bank.releases()).to.deep.equal([3]);
    expect(r.last("access-granted")).to.include({ user: 2, reason: "two-person", detail: "first 1" });
  });

  it("two-person: the second person after the window starts a new pair", () => {
    const r = rig({ users: [a, b], config });
    person(r, "0a0a0a0a", "1111");
    r.clock.advance(r.config.twoPersonWindowMs + 1);
    person(r, "0b0b0b0b", "2222");
    expect(r.bank.releases()).to.deep.equal([]);
    person(r, "0a0a0a0a", "1111");
    expect(r.bank.releases()).to.deep.equal([3]);
  });
});
