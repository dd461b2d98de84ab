import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";
import { meterLockOutputs } from "./support/supply-meter";

describe("locker bank driver: more releases than the supply allows", () => {
  it("queues the extra releases and starts each when a solenoid drops, never exceeding the limit", async () => {
    const driver = await bootLockerBank();
    const limit = driver.bank.device.board.maxSimultaneousReleases;
    const meter = meterLockOutputs(driver.bank);
    driver.run("bank.release(1); bank.release(2); bank.release(3); bank.release(4)");
    expect(driver.bank.locks.filter((l) => l.released)).to.have.length(limit);
    expect(driver.run("bank.isQueued(3) && bank.isQueued(4)")).to.equal(true);

    driver.advance(60_000);
    expect(meter.maxActive()).to.equal(limit);
    expect(meter.releases().slice(0, 4), "every queued release happened once").to.deep.equal([1, 1, 1, 1]);
    const started = [1, 2, 3, 4].map((n) => eventsOf(driver.events(), "released", n)[0].timeMs);
    const pulse = driver.bank.device.board.timing.releasePulseMs;
    expect(started[2] - started[0]).to.be.at.least(pulse);
  });

  it("secureAll cancels queued releases as well as running ones", async () => {
    const driver = await bootLockerBank();
    const meter = meterLockOutputs(driver.bank);
    driver.run("bank.release(1); bank.release(2); bank.release(3); bank.secureAll()");
    driver.advance(60_000);
    expect(driver.bank.locks.every((l) => l.drivenSecured)).to.equal(true);
    expect(meter.releases()[2], "queued locker 3 never released").to.equal(0);
  });
});
