import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: without a sync for longer than the lease, each class asks for stronger proof", () => {
  // Locker 2: the "gear" class, card alone when fresh, card + PIN when stale.
  const alice = user(1, { lockers: 0b10, cards: ["a1a1a1a1"], pin: "1111" });
  const config = { lockerClass: [0, 1], leaseSeconds: 3600 };

  it("a card opens while the cache is fresh", () => {
    const r = rig({ users: [alice], config });
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([2]);
  });

  it("after the lease, the same card needs the PIN too; a new sync restores card-only", () => {
    const r = rig({ users: [alice], config });
    r.clock.advance(3601 * 1000);
    expect(r.access.isStale()).to.equal(true);
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.last("access-pending")).to.include({ reason: "need-pin" });
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([2]);
    r.access.synced();
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([2, 2]);
  });

  it("the last sync time is durable; with a clock nobody set the cache counts as stale", () => {
    const r = rig({ users: [alice], config });
    expect(r.state.get("a.sync")).to.equal(Math.floor(r.clock.nowMs / 1000));
    r.reboot();
    expect(r.access.isStale()).to.equal(false);
    const raw = rig({ users: [alice], config, raw: true });
    expect(raw.access.isStale()).to.equal(true);
  });
});
