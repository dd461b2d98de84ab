import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: failures are counted before comparing; delays after 5, disabled after 10", () => {
  const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111" });
  const config = { throttleBaseDelayMs: 1000 };

  it("per credential: a card with wrong PINs is delayed after 5 and disabled after 10, until an administrator resets", () => {
    const r = rig({ users: [alice], config });
    const lookupsBefore = () => r.credentials.pinLookups;
    for (let i = 0; i < 5; i++) {
      r.access.card(cardRead("a1a1a1a1"));
      r.access.keypadEntry("9999");
    }
    expect(r.state.get("a.fu1")).to.equal(5);
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.last("access-denied")).to.include({ reason: "throttled" });
    r.clock.advance(1000);
    for (let i = 5; i < 10; i++) {
      r.access.card(cardRead("a1a1a1a1"));
      r.access.keypadEntry("9999");
      r.clock.advance(1000 * 2 ** (i - 4));
    }
    expect(r.state.get("a.fu1")).to.equal(10);
    const compared = lookupsBefore();
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.last("access-denied")).to.include({ reason: "credential-disabled" });
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1111"); // the session ended at the card: this is a PIN alone, its owner disabled
    expect(r.credentials.pinLookups).to.equal(compared + 1);
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-denied")).to.include({ reason: "credential-disabled", user: 1 });
    expect(r.access.command("reset-throttles", "hub")).to.equal("ok");
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([1]);
    expect(r.state.get("a.fu1")).to.equal(0);
  });

  it("per reader: PINs that match nobody count against the keypad; a correct PIN takes back only its own count", () => {
    const r = rig({ users: [alice], config: { ...config, lockerClass: [2] } });
    for (let i = 0; i < 4; i++) r.access.keypadEntry("000" + i);
    expect(r.state.get("a.frk")).to.equal(4);
    r.access.keypadEntry("1111");
    expect(r.state.get("a.frk")).to.equal(4);
    expect(r.bank.releases()).to.deep.equal([1]);
  });

  it("the count is durable before the comparison: a write failure refuses without comparing", () => {
    const r = rig({ users: [alice], config: { lockerClass: [2] } });
    r.state.failNextSet("flash refused");
    r.access.keypadEntry("1111");
    expect(r.credentials.pinLookups).to.equal(0);
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-denied")).to.include({ reason: "state-write-failed" });
  });
});
