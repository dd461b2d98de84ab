import { expect } from "chai";
import fc from "fast-check";
import { ACCESS_REASONS } from "../../src/access/reason-names";
import { REASONS, reasonCode, reasonName } from "../../src/audit/reasons";
import { accessScenario, driveStep } from "../access/support/drive-step";
import { rig } from "../access/support/fakes";
import { START_MS, toConfig, toFakeUsers } from "../access/support/site-arbitraries";

/** Command sources the test itself passes in; the core's own are "keypad" and "input". */
const CALLER_SOURCES = ["hub"];



describe("audit: every reason the access core emits is stored under its own code", () => {
  it("gives each listed access reason a code of its own (never 'other', never shared)", () => {
    const codes = new Map<number, string>();
    for (const name of ACCESS_REASONS) {
      const code = reasonCode(name);
      expect(code, name).to.be.greaterThan(1);
      expect(reasonName(code)).to.equal(name);
      expect(codes.get(code) ?? name, `${name} shares code ${code}`).to.equal(name);
      codes.set(code, name);
    }
    expect(new Set(REASONS).size, "REASONS has a duplicate").to.equal(REASONS.length);
    expect(REASONS.length, "reason codes are one byte").to.be.at.most(256);
  });

  it("lists every reason the core emits under random keys, cards, time, doors, commands and reboots", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(accessScenario, ({ site, users, steps }) => {
        const r = rig({ users: toFakeUsers(users), config: toConfig(site), lockers: site.lockers, startMs: START_MS, raw: true });
        for (const step of steps) driveStep(r, step);
        for (const event of r.events) if (event.reason !== undefined) seen.add(event.reason);
      }),
      { seed: 20261129, numRuns: 300 },
    );
    const unlisted = [...seen].filter((reason) => !ACCESS_REASONS.includes(reason) && !CALLER_SOURCES.includes(reason));
    expect(unlisted).to.deep.equal([]);
    // The run must reach the kinds of reasons it checks, or it proves nothing.
    expect(seen.size).to.be.greaterThan(15);
  });
});
