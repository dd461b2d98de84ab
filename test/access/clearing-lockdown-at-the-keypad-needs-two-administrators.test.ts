import { expect } from "chai";
import { USER_FLAGS } from "../../src/credentials/types";
import { cardRead, rig, user, type Rig } from "./support/fakes";

describe("access: administrators at the keypad (card + PIN); clearing lockdown needs two", () => {
  const control = USER_FLAGS.lockdownControl;
  const admin1 = user(1, { role: "administrator", flags: control, cards: ["0a0a0a0a"], pin: "1111" });
  const admin2 = user(2, { role: "administrator", flags: control, cards: ["0b0b0b0b"], pin: "2222" });
  const sro = user(3, { role: "sro", flags: control, cards: ["0c0c0c0c"], pin: "3333" });

  function command(r: Rig, code: string, card: string, pin: string): void {
    r.access.keypadEntry(code);
    r.access.card(cardRead(card));
    r.access.keypadEntry(pin);
  }

  it("one administrator calls a lockdown; a second different one within the window clears it", () => {
    const r = rig({ users: [admin1, admin2, sro] });
    command(r, "901", "0a0a0a0a", "1111");
    expect(r.access.latch()).to.equal("lockdown");
    command(r, "902", "0a0a0a0a", "1111");
    expect(r.access.latch()).to.equal("lockdown");
    expect(r.last("access-pending")).to.include({ reason: "second-administrator", user: 1 });
    command(r, "902", "0a0a0a0a", "1111");
    expect(r.last("access-denied")).to.include({ reason: "same-person" });
    command(r, "902", "0b0b0b0b", "2222");
    expect(r.access.latch()).to.equal("normal");
    expect(r.last("lockdown-cleared")).to.include({ reason: "keypad" });
  });

  it("a second administrator after the window only starts a new pair", () => {
    const r = rig({ users: [admin1, admin2] });
    r.access.command("lockdown", "hub");
    command(r, "902", "0a0a0a0a", "1111");
    r.clock.advance(r.config.twoPersonWindowMs + 1);
    command(r, "902", "0b0b0b0b", "2222");
    expect(r.access.latch()).to.equal("lockdown");
  });

  it("refuses non-administrators and a PIN without the card", () => {
    const r = rig({ users: [admin1, sro] });
    command(r, "901", "0c0c0c0c", "3333");
    expect(r.access.latch()).to.equal("normal");
    expect(r.last("access-denied")).to.include({ reason: "role-not-allowed" });
    r.access.keypadEntry("901");
    r.access.keypadEntry("1111");
    expect(r.access.latch()).to.equal("normal");
    expect(r.last("access-pending")).to.include({ reason: "need-card" });
  });
});
