import { expect } from "chai";
import fc from "fast-check";
import { ReferenceModel } from "./reference-model";
import { accessScenario, driveStep } from "./support/drive-step";
import { rig, type Rig } from "./support/fakes";
import { seedFromEnv, START_MS, toConfig, toFakeUsers } from "./support/site-arbitraries";


function releasesOf(r: Rig): string[] {
  return r.bank.actions.filter((a) => a.startsWith("release")).map((a) => (a === "releaseAll" ? "all" : a.slice(8)));
}


describe("access: a locker releases if and only if the reference model says so", () => {
  it("for any keys, cards, time, doors, lockdown/open-all, clock, reboots and self-tests (906)", () => {
    const seed = seedFromEnv();
    try {
      fc.assert(
        fc.property(accessScenario, ({ site, users, steps }) => {
          const model = new ReferenceModel(site, users, START_MS);
          const r = rig({ users: toFakeUsers(users), config: toConfig(site), lockers: site.lockers, startMs: START_MS, raw: true });
          steps.forEach((step, index) => {
            model.step(step);
            driveStep(r, step);
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
