import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a release pulse", () => {
  it("keeps the lock output active for exactly the board's releasePulseMs, then secures it", async () => {
    const driver = await bootLockerBank();
    const lock = driver.bank.lock(1);
    const pulseMs = driver.bank.device.board.timing.releasePulseMs;
    expect(lock.drivenSecured, "secured after construction").to.equal(true);

    const start = driver.now();
    driver.run("bank.release(1)");
    expect(lock.released).to.equal(true);
    driver.advance(pulseMs - 1);
    expect(lock.released, "still released just before the pulse ends").to.equal(true);
    driver.advance(2);
    expect(lock.drivenSecured, "secured after the pulse").to.equal(true);

    const activeLevel = 0; // the virtual board's lock relays are active-low
    const history = lock.pin.history.filter((h) => h.timeMs >= start);
    const on = history.find((h) => h.level === activeLevel)!;
    const off = history.find((h) => h.timeMs > on.timeMs && h.level !== activeLevel)!;
    expect(off.timeMs - on.timeMs).to.equal(pulseMs);
    expect(eventsOf(driver.events(), "released", 1)).to.have.length(1);
    expect(eventsOf(driver.events(), "relocked", 1)).to.have.length(1);
    expect(driver.run("bank.isReleased(1)")).to.equal(false);
  });
});
