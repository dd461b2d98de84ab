import { expect } from "chai";
import fc from "fast-check";
import { ACCESS_REASONS } from "../../src/access/reason-names";
import { REASONS, reasonCode, reasonName } from "../../src/audit/reasons";
import { cardRead, rig, type Rig } from "../access/support/fakes";
import type { ModelStep } from "../access/reference-model";
import { modelSite, modelUsers, START_MS, stepsArbitrary, toConfig, toFakeUsers } from "../access/support/site-arbitraries";

/** Command sources the test itself passes in; the core's own are "keypad" and "input". */
const CALLER_SOURCES = ["hub"];

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
  }
}

const scenario = fc
  .tuple(modelSite, fc.integer({ min: 1, max: 4 }))
  .chain(([site, userCount]) => modelUsers(userCount).map((users) => ({ site, users })))
  .chain(({ site, users }) => stepsArbitrary(site, users).map((steps) => ({ site, users, steps })));

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
      fc.property(scenario, ({ site, users, steps }) => {
        const r = rig({ users: toFakeUsers(users), config: toConfig(site), lockers: site.lockers, startMs: START_MS, raw: true });
        for (const step of steps) drive(r, step);
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
