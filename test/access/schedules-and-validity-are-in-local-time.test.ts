import { expect } from "chai";
import { localMinuteOfWeek } from "../../src/access/local-time";
import { cardRead, rig, user } from "./support/fakes";

describe("access: weekly schedules and validity are judged in local time", () => {
  // Locker 2 is card-only. Weekdays 07:00-16:00 local (Mon-Fri bits 1-5).
  const weekdays = { days: 0b0111110, startMinute: 7 * 60, endMinute: 16 * 60 };
  const alice = user(1, { lockers: 0b10, cards: ["a1a1a1a1"], schedule: [weekdays] });

  it("UTC-5: 11:30 UTC Wednesday is 06:30 local, outside; 12:30 UTC is inside", () => {
    const r = rig({ users: [alice], config: { lockerClass: [0, 1], utcOffsetMinutes: -300 }, startMs: Date.UTC(2025, 0, 8, 11, 30) });
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.last("access-denied")).to.include({ reason: "outside-schedule" });
    r.clock.advance(3600 * 1000);
    r.access.synced();
    r.access.card(cardRead("a1a1a1a1"));
    expect(r.bank.releases()).to.deep.equal([2]);
  });

  it("the local day, not the UTC day: 02:00 UTC Saturday is Friday 21:00 in UTC-5", () => {
    expect(localMinuteOfWeek(Date.UTC(2025, 0, 11, 2, 0), { utcOffsetMinutes: -300, dst: "none" })).to.equal(5 * 1440 + 21 * 60);
  });

  it("US summer time: 12:00 UTC is 08:00 EDT on 2025-07-02 and 07:00 EST on 2025-01-08", () => {
    const eastern = { utcOffsetMinutes: -300, dst: "us" as const };
    expect(localMinuteOfWeek(Date.UTC(2025, 6, 2, 12, 0), eastern)).to.equal(3 * 1440 + 8 * 60);
    expect(localMinuteOfWeek(Date.UTC(2025, 0, 8, 12, 0), eastern)).to.equal(3 * 1440 + 7 * 60);
    // 2025-03-09 07:00 UTC = 03:00 EDT (the switch at 02:00 EST); a minute before is 01:59 EST.
    expect(localMinuteOfWeek(Date.UTC(2025, 2, 9, 7, 0), eastern)).to.equal(3 * 60);
    expect(localMinuteOfWeek(Date.UTC(2025, 2, 9, 6, 59), eastern)).to.equal(60 + 59);
    // 2025-11-02 06:00 UTC = 01:00 EST (back from 02:00 EDT).
    expect(localMinuteOfWeek(Date.UTC(2025, 10, 2, 6, 0), eastern)).to.equal(60);
  });

  it("EU summer time switches at 01:00 UTC on the last Sundays of March and October", () => {
    const cet = { utcOffsetMinutes: 60, dst: "eu" as const };
    expect(localMinuteOfWeek(Date.UTC(2025, 2, 30, 0, 59), cet)).to.equal(1 * 60 + 59);
    expect(localMinuteOfWeek(Date.UTC(2025, 2, 30, 1, 0), cet)).to.equal(3 * 60);
    expect(localMinuteOfWeek(Date.UTC(2025, 9, 26, 1, 0), cet)).to.equal(2 * 60);
  });

  it("validity: refused before validFrom and from validUntil on", () => {
    const now = Date.UTC(2025, 0, 8, 15, 0);
    const later = user(2, { lockers: 0b10, cards: ["b2b2b2b2"], validFrom: now / 1000 + 60 });
    const gone = user(3, { lockers: 0b10, cards: ["c3c3c3c3"], validUntil: now / 1000 });
    const r = rig({ users: [later, gone], config: { lockerClass: [0, 1] }, startMs: now });
    r.access.card(cardRead("b2b2b2b2"));
    expect(r.last("access-denied")).to.include({ reason: "not-yet-valid" });
    r.access.card(cardRead("c3c3c3c3"));
    expect(r.last("access-denied")).to.include({ reason: "expired" });
    expect(r.bank.releases()).to.deep.equal([]);
  });
});
