import { expect } from "chai";
import { rig, user } from "./support/fakes";
import { READER_FORGIVE_MS } from "../../src/access/access-config";

const MINUTE = 60 * 1000;

describe("access: a reader's failures are forgiven one per READER_FORGIVE_MS of uptime, never while disabled", () => {
  const alice = user(1, { pin: "1111", lockers: 1 });
  // Locker 1 opens with a PIN alone.
  const config = { lockerClass: [2], throttleBaseDelayMs: 1000 };

  it("a typo every 15 minutes all day, between correct PINs every 5 minutes, never throttles the keypad", () => {
    const r = rig({ users: [alice], config });
    for (let quarter = 0; quarter < 96; quarter++) {
      r.access.keypadEntry("9999");
      for (let i = 0; i < 3; i++) {
        r.clock.advance(5 * MINUTE);
        r.access.keypadEntry("1111");
      }
    }
    expect(r.events.filter((e) => e.type === "access-denied" && e.reason !== "unknown-pin")).to.deep.equal([]);
    expect(r.bank.releases().length).to.equal(96 * 3);
    expect(r.state.get("a.frk") ?? 0).to.be.at.most(1);
  });

  it("forgives one failure per interval of uptime, down to 0 and no further", () => {
    const r = rig({ users: [alice], config });
    for (let i = 0; i < 4; i++) r.access.keypadEntry("900" + i);
    r.clock.advance(2 * READER_FORGIVE_MS + MINUTE);
    r.access.keypadEntry("9999");
    expect(r.state.get("a.frk")).to.equal(3); // 4 - 2 forgiven + this one
    r.clock.advance(10 * READER_FORGIVE_MS);
    r.access.keypadEntry("9998");
    expect(r.state.get("a.frk")).to.equal(1);
  });

  it("is not sped up by rebooting: reboots every 5 minutes for two hours forgive nothing", () => {
    const r = rig({ users: [alice], config });
    for (let i = 0; i < 4; i++) r.access.keypadEntry("900" + i);
    for (let i = 0; i < 24; i++) {
      r.clock.advance(5 * MINUTE);
      r.reboot();
      expect(r.state.get("a.frk")).to.equal(4);
    }
    r.clock.advance(5 * MINUTE);
    r.access.keypadEntry("9999");
    expect(r.state.get("a.frk")).to.equal(5);
  });

  it("a disabled keypad is not forgiven by time or reboots: only the administrator's reset re-enables it", () => {
    const r = rig({ users: [alice], config });
    for (let i = 0; i < 10; i++) {
      r.access.keypadEntry("900" + i);
      r.clock.advance(2 ** i * 1000);
    }
    expect(r.state.get("a.frk")).to.equal(10);
    r.clock.advance(24 * 60 * MINUTE);
    r.reboot();
    r.clock.advance(24 * 60 * MINUTE);
    const compared = r.credentials.pinLookups;
    r.access.keypadEntry("1111");
    expect(r.last("access-denied")).to.include({ reason: "reader-disabled" });
    expect(r.credentials.pinLookups).to.equal(compared);
    expect(r.state.get("a.frk")).to.equal(10);
    expect(r.access.command("reset-throttles", "hub")).to.equal("ok");
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([1]);
  });
});
