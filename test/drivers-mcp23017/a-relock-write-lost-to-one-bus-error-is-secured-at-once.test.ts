import { expect } from "chai";
import type { I2cBus } from "../../hal/interfaces/bus";
import { connectMcp23017 } from "../../hal/drivers/mcp23017";
import { VirtualClock } from "../../hal/virtual/clock";
import { Mcp23017Model } from "../../hal/virtual/devices/mcp23017";
import { I2cBusModel } from "../../hal/virtual/runtime/buses";
import { virtualClockPort } from "../drivers-mfrc522/host-fixture";
import { i2cPort } from "./host-fixture";

/*
 * One lost acknowledge (noise on a long ribbon) while a lock is being secured must not leave the
 * solenoid energised until the next re-init, seconds later: the driver already counts the port as
 * secured, so the chip has to be told so again straight away.
 */
describe("MCP23017 driver: a relock write lost to a single bus error", () => {
  it("drives the lock secured again at once, not at the next re-init", () => {
    const clock = new VirtualClock();
    const busModel = new I2cBusModel("I2C1");
    const model = new Mcp23017Model(0x21, "X0", () => clock.nowMs).attach(busModel);
    const bus = i2cPort(busModel);
    let failNextWrite = false;
    const flaky: I2cBus = {
      writeTo: (address, bytes) => {
        if (failNextWrite) {
          failNextWrite = false;
          throw new Error("I2C device not responding");
        }
        bus.writeTo(address, bytes);
      },
      readFrom: (address, length) => bus.readFrom(address, length),
    };
    const faults: string[] = [];
    const expander = connectMcp23017({
      i2c: flaky,
      address: 0x21,
      clock: virtualClockPort(clock),
      retryMs: 1000,
      checkMs: 1000,
      onFault: (fault) => faults.push(fault),
    });
    const lock = expander.output(1, true);
    lock.setActive(true);
    expect(model.pin(1), "released (active-low lock: low)").to.equal(0);

    failNextWrite = true;
    expect(() => lock.setActive(false)).to.not.throw();
    expect(faults).to.deep.equal(["expander-not-responding"]);
    expect(lock.isActive()).to.equal(false);
    expect(model.pin(1), "secured (high) without waiting for the re-init").to.equal(1);
  });
});
