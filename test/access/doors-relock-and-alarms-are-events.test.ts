import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: release, door events, relock, and alarms are all events with version and clock trust", () => {
  it("a door closing after a release secures the lock; forced and held-open are logged", () => {
    const alice = user(1, { lockers: 0b10, cards: ["0a0a0a0a"] });
    const r = rig({ users: [alice], config: { lockerClass: [0, 1] } });
    r.access.card(cardRead("0a0a0a0a"));
    r.access.lockerEvent({ type: "door-opened", locker: 2, timeMs: 0 });
    r.access.lockerEvent({ type: "door-closed", locker: 2, timeMs: 0 });
    expect(r.bank.actions).to.deep.equal(["release 2", "secure 2"]);
    r.access.lockerEvent({ type: "forced", locker: 4, timeMs: 0 });
    r.access.lockerEvent({ type: "held-open", locker: 5, timeMs: 0 });
    const types = r.events.map((e) => e.type);
    expect(types).to.include.members(["access-granted", "door-opened", "door-closed", "door-forced", "door-held-open"]);
    for (const e of r.events) expect(e, e.type).to.include({ credVersion: 7 }).and.to.have.property("clock");
    expect(r.last("access-granted")).to.include({ user: 1, locker: 2, result: "granted", clock: "trusted" });
  });
});
