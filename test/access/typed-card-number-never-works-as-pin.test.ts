import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: a card number typed on the keypad never works as a PIN", () => {
  // Locker 2 is card-only and locker 3 PIN-only (gear / radio classes).
  const config = { lockerClass: [0, 1, 2] };
  const alice = user(1, { lockers: 0b110, cards: ["12345678"], pin: "4321" });

  it("typing the card's number is looked up only as a PIN, and refused", () => {
    const r = rig({ users: [alice], config });
    r.access.keypadEntry("3");
    r.access.keypadEntry("12345678");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.credentials.cardLookups).to.equal(0);
    expect(r.last("access-denied")).to.include({ reason: "unknown-pin" });
  });

  it("nor completes a card+PIN proof after the same card", () => {
    const r = rig({ users: [alice], config: { lockerClass: [0, 1, 2], defaultClass: 0 } });
    const bob = user(2, { lockers: 1, cards: ["87654321"], pin: "9999" });
    r.credentials.users.push(bob);
    r.access.card(cardRead("87654321"));
    r.access.keypadEntry("87654321");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-denied")).to.include({ reason: "wrong-pin", user: 2 });
  });

  it("while the real PIN still opens", () => {
    const r = rig({ users: [alice], config });
    r.access.keypadEntry("3");
    r.access.keypadEntry("4321");
    expect(r.bank.releases()).to.deep.equal([3]);
  });
});
