import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";
import { meterLockOutputs } from "./support/supply-meter";

describe("locker bank driver: bouncing door contacts and noise pulses", () => {
  it("noise shorter than the debounce is ignored; a bouncing opening is one door-opened; no lock ever releases", async () => {
    const driver = await bootLockerBank();
    const meter = meterLockOutputs(driver.bank);
    const clock = driver.bank.device.clock;
    const board = driver.bank.device.board;
    const t0 = clock.nowMs + 1000;
    // Spikes of 1-20 ms on every door, well under the 50 ms debounce.
    board.lockers.forEach((_, index) => {
      const door = driver.bank.door(index + 1);
      for (let k = 0; k < 20; k++) {
        const at = t0 + k * 300 + index * 7;
        clock.scheduleAt(at, () => door.open());
        clock.scheduleAt(at + 1 + ((k * 3) % 20), () => door.close());
      }
    });
    driver.advance(10_000);
    expect(driver.events(), "noise produced events").to.deep.equal([]);

    // Door 6 opens with 15 bounces of 2 ms, then stays open.
    const door = driver.bank.door(6);
    const t1 = clock.nowMs + 100;
    for (let k = 0; k < 15; k++) {
      clock.scheduleAt(t1 + k * 4, () => door.open());
      clock.scheduleAt(t1 + k * 4 + 2, () => door.close());
    }
    clock.scheduleAt(t1 + 60, () => door.open());
    driver.advance(2000);
    expect(eventsOf(driver.events(), "door-opened", 6)).to.have.length(1);
    expect(eventsOf(driver.events(), "forced", 6)).to.have.length(1);

    expect(meter.releases().every((n) => n === 0), "a lock was released").to.equal(true);
    expect(driver.bank.locks.every((l) => l.drivenSecured)).to.equal(true);
  });
});
