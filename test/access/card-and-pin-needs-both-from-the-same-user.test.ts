import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

// Locker 1 is a weapon locker in the default configuration: card + PIN.
describe("access: a card+PIN locker needs both, from the same user", () => {
  const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111" });
  const bob = user(2, { cards: ["b2b2b2b2"], pin: "2222" });

  it("opens on the user's card then PIN", () => {
    const r = rig({ users: [alice, bob] });
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-pending")).to.include({ reason: "need-pin", user: 1, locker: 1 });
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([1]);
    expect(r.last("access-granted")).to.include({ locker: 1, user: 1, reason: "card+pin" });
  });

  it("opens on the PIN then the card", () => {
    const r = rig({ users: [alice, bob] });
    r.access.keypadEntry("1111");
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([1]);
  });

  it("refuses another user's PIN after a card", () => {
    const r = rig({ users: [alice, bob] });
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("2222");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-denied")).to.include({ reason: "wrong-pin", user: 1 });
  });

  it("refuses another user's card after a PIN", () => {
    const r = rig({ users: [alice, bob] });
    r.access.keypadEntry("1111");
    r.access.card(cardRead("b2b2b2b2"));
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-denied")).to.include({ reason: "card-mismatch" });
  });

  it("refuses a card alone when the session times out", () => {
    const r = rig({ users: [alice] });
    r.access.card(cardRead("a1a1a1a1"));
    r.clock.advance(r.config.sessionTimeoutMs + 1);
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.events.some((e) => e.reason === "session-timeout")).to.equal(true);
  });
});
