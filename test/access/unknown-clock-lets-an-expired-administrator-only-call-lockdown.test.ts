import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { cardRead, rig, user, WEDNESDAY_10_UTC, type Rig } from "./support/fakes";

/**
 * After a reset without a battery RTC nobody knows the date. Skipping validity then is only safe
 * for the command that secures (lockdown): open-all releases every weapon locker, and clearing a
 * lockdown or resetting throttles weakens the board, so an administrator whose rights end at a
 * date must not be able to give them while the date is unknown.
 */
describe("access: with an unknown clock an administrator with a validity bound may only call lockdown", () => {
  const expiredSeconds = Math.floor(WEDNESDAY_10_UTC / 1000) - 86400;
  const control = USER_FLAGS.lockdownControl;
  const fired = user(1, { role: "administrator", flags: control, cards: ["0a0a0a0a"], pin: "1111", validUntil: expiredSeconds });
  const fired2 = user(2, { role: "administrator", flags: control, cards: ["0b0b0b0b"], pin: "2222", validUntil: expiredSeconds });
  const current = user(3, { role: "administrator", flags: control, cards: ["0c0c0c0c"], pin: "3333" });

  function command(r: Rig, code: string, card: string, pin: string): void {
    r.access.keypadEntry(code);
    r.access.card(cardRead(card));
    r.access.keypadEntry(pin);
  }

  it("refuses open-all to an expired administrator while the clock is unknown", () => {
    const r = rig({ users: [fired, current], raw: true });
    expect(r.access.trust()).to.equal("unknown");
    command(r, "903", "0a0a0a0a", "1111");
    expect(r.access.latch()).to.equal("normal");
    expect(r.bank.actions).to.not.include("releaseAll");
    expect(r.last("access-denied")).to.include({ user: 1, reason: "clock-untrusted" });
  });

  it("refuses clearing a lockdown and resetting throttles to expired administrators while the clock is unknown", () => {
    const r = rig({ users: [fired, fired2, current], raw: true });
    r.access.command("lockdown", "hub");
    command(r, "902", "0a0a0a0a", "1111");
    command(r, "902", "0b0b0b0b", "2222");
    expect(r.access.latch()).to.equal("lockdown");
    r.state.set("a.fr1", 10);
    command(r, "905", "0a0a0a0a", "1111");
    expect(r.state.get("a.fr1")).to.equal(10);
    expect(r.last("access-denied")).to.include({ user: 1, reason: "clock-untrusted" });
  });

  it("still lets any administrator call a lockdown, and one with no validity bound open all", () => {
    const r = rig({ users: [fired, current], raw: true });
    command(r, "901", "0a0a0a0a", "1111");
    expect(r.access.latch()).to.equal("lockdown");
    r.access.command("clear-lockdown", "hub");
    command(r, "903", "0c0c0c0c", "3333");
    expect(r.access.latch()).to.equal("open-all");
  });
});
