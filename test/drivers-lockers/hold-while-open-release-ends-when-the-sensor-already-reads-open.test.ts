import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

/*
 * A door sensor that is unplugged (pull-up, contact to ground) reads "open" for good. A
 * hold-while-open release that starts with the sensor already reading open has no door movement
 * to wait for: it must end after the release time, not hold the lock released forever.
 */
describe("locker bank driver: a hold-while-open release while the door sensor already reads open", () => {
  it("secures the lock after releasePulseMs", async () => {
    const driver = await bootLockerBank();
    const board = driver.bank.device.board;
    expect(board.lockers[7].releaseMode, "virtual locker 8 is the maglock").to.equal("hold-while-open");
    driver.bank.door(8).pin.drive(undefined); // sensor wire cut: the pull-up reads "open"
    driver.advance(1000);
    expect(driver.run("bank.isDoorOpen(8)"), "the bank sees the sensor as open").to.equal(true);

    driver.run("bank.release(8)");
    driver.advance(100);
    expect(driver.bank.lock(8).released, "released at first").to.equal(true);
    driver.advance(board.timing.releasePulseMs + 100);
    expect(driver.bank.lock(8).drivenSecured, "secured once the release time is over").to.equal(true);
    driver.advance(10 * board.timing.heldOpenMs!);
    expect(driver.bank.lock(8).drivenSecured, "and stays secured").to.equal(true);
    expect(eventsOf(driver.events(), "relocked", 8)).to.have.length(1);
  });
});
