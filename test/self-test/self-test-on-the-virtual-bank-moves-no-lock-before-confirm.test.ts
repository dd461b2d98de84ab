import { expect } from "chai";
import { bootLockerBank } from "../drivers-lockers/support/driver-board";
import { meterLockOutputs } from "../drivers-lockers/support/supply-meter";

describe("self-test on the virtual bank with the real locker driver", () => {
  it("no lock pin moves while waiting for confirmation; the confirmed locker's pin pulses once", async () => {
    const driver = await bootLockerBank();
    const meter = meterLockOutputs(driver.bank);
    driver.run(
      "st = new drivers.SelfTest({ lockers: bank, probes: [], " +
        "onEvent: function (type, locker, detail) { record({ type: type, locker: locker, reason: detail }); } }); st.start()",
    );
    driver.advance(120_000);
    expect(meter.releases().every((n) => n === 0), "a lock moved before confirmation").to.equal(true);

    driver.run("st.handleKey('#')");
    driver.advance(100);
    expect(driver.bank.lock(1).released).to.equal(true);
    driver.advance(60_000);
    expect(meter.releases()).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 0]);
    driver.run("st.abort()");
    expect(driver.bank.locks.every((l) => l.drivenSecured)).to.equal(true);
  });
});
