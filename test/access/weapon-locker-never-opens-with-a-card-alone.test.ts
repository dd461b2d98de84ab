import { expect } from "chai";
import fc from "fast-check";
import { cardRead, rig } from "./support/fakes";
import { modelClass, modelUsers, seedFromEnv, START_MS, toConfig, toFakeUsers } from "./support/site-arbitraries";

describe("access: a card UID alone never opens a weapon-class locker", () => {
  it("in 100% of runs, whatever the class, step-up, users, lockdown, clock and repeated taps", () => {
    const seed = seedFromEnv();
    const scenario = fc.record({
      klass: modelClass.map((c) => ({ ...c, weapon: true, twoPerson: false })),
      users: modelUsers(3),
      taps: fc.array(fc.record({ who: fc.integer({ min: 0, max: 2 }), target: fc.integer({ min: 0, max: 1 }), waitMs: fc.constantFrom(0, 100, 25000) }), { minLength: 1, maxLength: 12 }),
      lockdown: fc.boolean(),
      trusted: fc.boolean(),
      synced: fc.boolean(),
    });
    let runs = 0;
    try {
      fc.assert(
        fc.property(scenario, ({ klass, users, taps, lockdown, trusted, synced }) => {
          runs++;
          const site = { lockers: 1, classes: [klass, klass, klass, klass], utcOffsetMinutes: 0, windowMs: 60000, sessionMs: 20000, leaseSeconds: 3600, hasRtc: true, delayAfter: 5, disableAfter: 10, baseDelayMs: 1000 };
          const r = rig({ users: toFakeUsers(users.map((u) => ({ ...u, lockers: 1 }))), config: toConfig(site), lockers: 1, startMs: START_MS, raw: true });
          if (trusted) r.access.clockSet();
          if (synced) r.access.synced();
          if (lockdown) r.access.command("lockdown", "hub");
          for (const tap of taps) {
            if (tap.target) r.access.keypadEntry("1");
            r.access.card(cardRead(users[tap.who].card));
            r.clock.advance(tap.waitMs);
          }
          expect(r.bank.releases()).to.deep.equal([]);
        }),
        { seed, numRuns: 300 },
      );
    } catch (error) {
      console.log(`replay with ACCESS_SEED=${seed}`);
      throw error;
    }
    expect(runs).to.equal(300);
  });
});
