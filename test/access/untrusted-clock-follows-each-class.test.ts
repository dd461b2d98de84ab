import { expect } from "chai";
import { cardRead, rig, user } from "./support/fakes";

describe("access: each class says what an untrusted clock means", () => {
  const night = { days: 0b1111111, startMinute: 0, endMinute: 60 };
  const scheduled = user(1, { cards: ["a1a1a1a1"], pin: "1111", schedule: [night], lockers: 0b11 });
  const always = user(2, { cards: ["b2b2b2b2"], pin: "2222", lockers: 0b11 });

  it("weapon lockers fail closed for users with time restrictions while the clock is unknown", () => {
    const r = rig({ users: [scheduled, always], raw: true });
    expect(r.access.trust()).to.equal("unknown");
    r.access.keypadEntry("1");
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.last("access-denied")).to.include({ reason: "clock-untrusted", clock: "unknown" });
    r.access.keypadEntry("1");
    r.access.card(cardRead("b2b2b2b2"));
    r.access.keypadEntry("2222");
    expect(r.bank.releases()).to.deep.equal([1]);
  });

  it("a class that skips time checks on an untrusted clock opens at any clock reading", () => {
    // Locker 2: gear class (any clock), card-only... but stale without a sync: card + PIN.
    const r = rig({ users: [scheduled], raw: true, config: { lockerClass: [0, 1] } });
    r.access.keypadEntry("2");
    r.access.card(cardRead("a1a1a1a1"));
    r.access.keypadEntry("1111");
    expect(r.bank.releases()).to.deep.equal([2]);
  });

  it("an RTC-backed clock counts as rtc at boot; the hub setting it makes it trusted", () => {
    const r = rig({ users: [scheduled], raw: true, config: { hasRtc: true } });
    expect(r.access.trust()).to.equal("rtc");
    r.access.clockSet();
    expect(r.access.trust()).to.equal("trusted");
    expect(r.last("clock-trusted")).to.include({ clock: "trusted" });
  });
});
