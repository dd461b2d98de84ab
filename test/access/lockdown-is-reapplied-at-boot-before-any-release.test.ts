import { expect } from "chai";
import { createMemoryState } from "../../src/persist/memory-state";
import { cardRead, rig, user } from "./support/fakes";

describe("access: a latched lockdown is in force from the controller's construction", () => {
  it("a controller booting on a lockdown latch refuses the very first attempt", () => {
    const alice = user(1, { cards: ["a1a1a1a1"], pin: "1111" });
    const r = rig({ users: [alice], state: createMemoryState([["a.latch", 1]]) });
    expect(r.access.latch()).to.equal("lockdown");
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([]);
    expect(r.events[0]).to.include({ type: "latch-restored", reason: "lockdown" });
  });

  it("an unknown latch code (from a newer firmware) reads as lockdown", () => {
    const r = rig({ users: [], state: createMemoryState([["a.latch", 9]]) });
    expect(r.access.latch()).to.equal("lockdown");
  });
});
