import { expect } from "chai";
import { connectMcp23017 } from "../../hal/drivers/mcp23017";
import { LockerBank } from "../../hal/drivers/locker-bank";
import type { LockerEvent } from "../../hal/interfaces/devices";
import { virtualClockPort } from "../../hal/virtual/clock-port";
import { VirtualClock } from "../../hal/virtual/clock";
import { Mcp23017Model } from "../../hal/virtual/devices/mcp23017";
import { I2cBusModel } from "../../hal/virtual/runtime/buses";
import { i2cPort } from "../drivers-mcp23017/host-fixture";

/*
 * While its expander does not answer, a lock output cannot be driven: the audit log must not say
 * the locker was released (nobody could open it), and the failure must be visible.
 */
describe("locker bank driver: a release whose lock output cannot be driven (expander not answering)", () => {
  it("is reported as lock-fail not-driven, never as released", () => {
    const clock = new VirtualClock();
    const bus = new I2cBusModel("I2C1");
    const model = new Mcp23017Model(0x20, "X0", () => clock.nowMs).attach(bus);
    const expander = connectMcp23017({ i2c: i2cPort(bus), address: 0x20, clock: virtualClockPort(clock), onFault: () => {} });
    const lock = expander.output(0, true);
    const events: LockerEvent[] = [];
    const bank = new LockerBank({
      clock: virtualClockPort(clock),
      locks: [lock],
      holdWhileOpen: [false],
      openDoor: () => ({ isActive: () => false, close: () => {} }),
      maxSimultaneousReleases: 1,
      timing: { releasePulseMs: 5000, heldOpenMs: 30000, heldOpenReminderMs: 60000, releaseGapMs: 200, latchCheckMs: 3000 },
      onEvent: (event) => events.push(event),
    });
    model.stopAnswering();
    clock.advance(3000);
    expect(expander.isResponding(), "the expander is known to be down").to.equal(false);

    bank.release(1);
    clock.advance(6000);
    expect(events.map((e) => e.type + (e.reason !== undefined ? " " + e.reason : ""))).to.deep.equal(["lock-fail not-driven"]);
    expect(bank.isReleased(1)).to.equal(false);
  });
});
