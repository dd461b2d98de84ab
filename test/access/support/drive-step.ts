/** Random access scenarios and how one step of them drives the controller under test. */
import fc from "fast-check";
import type { ModelStep } from "../reference-model";
import { cardRead, type Rig } from "./fakes";
import { modelSite, modelUsers, stepsArbitrary } from "./site-arbitraries";

export function driveStep(r: Rig, step: ModelStep): void {
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

/** A random site, one to four users, and a sequence of steps over them. */
export const accessScenario = fc
  .tuple(modelSite, fc.integer({ min: 1, max: 4 }))
  .chain(([site, userCount]) => modelUsers(userCount).map((users) => ({ site, users })))
  .chain(({ site, users }) => stepsArbitrary(site, users).map((steps) => ({ site, users, steps })));
