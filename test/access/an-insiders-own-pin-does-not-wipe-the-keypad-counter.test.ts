import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

/**
 * Review finding: a correct PIN used to reset the keypad's counter, so someone knowing their own
 * PIN could guess 4, type theirs, and guess forever; with a stolen card, the guess that hits the
 * victim's PIN then opened a weapon locker.
 */
describe("access: an insider's own PIN does not wipe the keypad's failure counter", () => {
  // Locker 1 weapon (card+PIN), locker 2 radio (PIN alone).
  const victim = user(1, { cards: ["a1a1a1a1"], pin: "4321", lockers: 1 });
  const insider = user(2, { cards: ["b2b2b2b2"], pin: "2222", lockers: 2 });
  const config = { lockerClass: [0, 2] };

  it("4 wrong PINs then the insider's own, 5 times within minutes: the keypad ends throttled, the stolen card and the victim's PIN open nothing", () => {
    const r = rig({ users: [victim, insider], config });
    let guess = 1000;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 4; i++) {
        r.access.keypadEntry(String(guess++));
        r.clock.advance(5000);
      }
      r.access.keypadEntry("2222");
      r.clock.advance(5000);
    }
    expect(r.clock.nowMs - r.events[0].t).to.be.below(3 * 60 * 1000);
    expect(r.events.filter((e) => e.type === "access-denied" && e.reason === "throttled")).to.not.be.empty;
    const compared = r.credentials.pinLookups;
    r.access.keypadEntry("4321");
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.credentials.pinLookups, "the victim's PIN is never compared").to.equal(compared);
    expect(r.events.some((e) => e.type === "access-denied" && e.reason === "throttled")).to.equal(true);
    expect(r.bank.releases()).to.not.include(1);
  });

  it("kept up past every delay, the loop disables the keypad at 10 and it stays disabled until 905", () => {
    const r = rig({ users: [victim, insider], config: { ...config, throttleBaseDelayMs: 1000 } });
    let guess = 1000;
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 4; i++) {
        r.access.keypadEntry(String(guess++));
        r.clock.advance(20000);
      }
      r.access.keypadEntry("2222");
      r.clock.advance(20000);
    }
    expect(r.state.get("a.frk")).to.equal(10);
    r.access.keypadEntry("4321");
    expect(r.last("access-denied")).to.include({ reason: "reader-disabled" });
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.not.include(1);
    expect(r.access.command("reset-throttles", "hub")).to.equal("ok");
    r.access.keypadEntry("2222");
    expect(r.bank.releases().filter((l) => l === 2).length).to.be.greaterThan(0);
    expect(r.last("access-granted")).to.include({ locker: 2, user: 2 });
  });
});
