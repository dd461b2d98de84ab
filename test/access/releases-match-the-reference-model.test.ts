import { expect } from "chai";
import fc from "fast-check";
import { ReferenceModel, type ModelStep } from "./reference-model";
import { cardRead, rig, type Rig } from "./support/fakes";
import { modelSite, modelUsers, seedFromEnv, START_MS, stepsArbitrary, toConfig, toFakeUsers } from "./support/site-arbitraries";

function drive(r: Rig, step: ModelStep): void {
  switch (step.kind) {
    case "entry": return r.access.keypadEntry(step.digits);
    case "card": return r.access.card(cardRead(step.hex, step.reader));
    case "wait": return r.clock.advance(step.ms);
    case "command": return void r.access.command(step.name, "hub");
    case "input": return r.access.lockdownInput(step.active);
    case "door": return r.access.lockerEvent({ type: step.open ? "door-opened" : "door-closed", locker: step.locker, timeMs: r.clock.nowMs });
    case "reboot": return r.reboot();
    case "clock-set": return r.access.clockSet();
    case "sync": return r.access.synced();
    // The firmware hands a key to the self-test while it waits (claimKey); otherwise a lone key is an empty entry.
    case "key": return void r.selfTest.handleKey(step.key);
  }
}

function releasesOf(r: Rig): string[] {
  return r.bank.actions.filter((a) => a.startsWith("release")).map((a) => (a === "releaseAll" ? "all" : a.slice(8)));
}

const scenario = fc
  .tuple(modelSite, fc.integer({ min: 1, max: 4 }))
  .chain(([site, userCount]) => modelUsers(userCount).map((users) => ({ site, users })))
  .chain(({ site, users }) => stepsArbitrary(site, users).map((steps) => ({ site, users, steps })));

describe("access: a locker releases if and only if the reference model says so", () => {
  it("for any keys, cards, time, doors, lockdown/open-all, clock, reboots and self-tests (906)", () => {
    const seed = seedFromEnv();
    try {
      fc.assert(
        fc.property(scenario, ({ site, users, steps }) => {
          const model = new ReferenceModel(site, users, START_MS);
          const r = rig({ users: toFakeUsers(users), config: toConfig(site), lockers: site.lockers, startMs: START_MS, raw: true });
          steps.forEach((step, index) => {
            model.step(step);
            drive(r, step);
            expect(releasesOf(r), `after step ${index} ${JSON.stringify(step)}`).to.deep.equal(model.released);
          });
        }),
        { seed, numRuns: 400 },
      );
    } catch (error) {
      console.log(`replay with ACCESS_SEED=${seed}`);
      throw error;
    }
  });
});
