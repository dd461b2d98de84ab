import { expect } from "chai";
import { cardRead, rig, type Rig } from "./support/fakes";
import { officer, SATURDAY_9_UTC, selfTestPeople, startSelfTest, technician } from "./support/self-test-people";

/** Whatever was refused: no self-test runs, and a following "#" releases nothing. */
function expectNothingStarted(r: Rig): void {
  expect(r.selfTest.state()).to.equal("idle");
  expect(r.selfTest.handleKey("#"), "# is not claimed").to.equal(false);
  expect(r.bank.releases()).to.deep.equal([]);
  expect(r.events.some((e) => e.type === "selftest-started")).to.equal(false);
}

describe("access: keypad command 906 is refused, with a reason, without both factors or the right role or while latched", () => {
  it("a PIN alone asks for the card, then times out", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC });
    r.access.keypadEntry("906");
    r.access.keypadEntry(technician.pin!);
    expect(r.last("access-pending")).to.include({ user: 900, reason: "need-card" });
    r.clock.advance(r.config.sessionTimeoutMs);
    expect(r.last("access-denied")).to.include({ user: 900, result: "denied", reason: "session-timeout" });
    expectNothingStarted(r);
  });

  it("a card alone asks for the PIN, then times out", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC });
    r.access.keypadEntry("906");
    r.access.card(cardRead(technician.cards[0]));
    expect(r.last("access-pending")).to.include({ user: 900, reason: "need-pin" });
    r.clock.advance(r.config.sessionTimeoutMs);
    expect(r.last("access-denied")).to.include({ reason: "session-timeout" });
    expectNothingStarted(r);
  });

  it("an SRO's card + PIN is refused: role-not-allowed", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC });
    startSelfTest(r, officer);
    expect(r.last("access-denied")).to.include({ user: 101, result: "denied", reason: "role-not-allowed" });
    expectNothingStarted(r);
  });

  it("during lockdown the technician is refused: lockdown", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC });
    r.access.command("lockdown", "hub");
    startSelfTest(r, technician);
    expect(r.last("admin-command")).to.include({ user: 900, result: "denied", reason: "lockdown", detail: "self-test" });
    expectNothingStarted(r);
  });

  it("while open-all is latched the technician is refused: open-all", () => {
    const r = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC });
    r.access.command("open-all", "hub");
    startSelfTest(r, technician);
    expect(r.last("admin-command")).to.include({ user: 900, result: "denied", reason: "open-all" });
    expect(r.selfTest.state()).to.equal("idle");
  });

  it("a board without a self-test refuses: self-test-unavailable", () => {
    const bare = rig({ users: selfTestPeople, startMs: SATURDAY_9_UTC, noSelfTest: true });
    startSelfTest(bare, technician);
    expect(bare.last("admin-command")).to.include({ result: "denied", reason: "self-test-unavailable" });
  });
});
