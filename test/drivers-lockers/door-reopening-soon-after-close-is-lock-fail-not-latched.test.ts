import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a door that opens again right after it was shut", () => {
  it("reports lock-fail not-latched (the latch did not catch) instead of forced", async () => {
    const driver = await bootLockerBank();
    const timing = driver.bank.device.board.timing;
    const door = driver.bank.door(5);
    driver.run("bank.release(5)");
    driver.advance(1000);
    door.open();
    driver.advance(3000);
    door.close();
    driver.advance(timing.latchCheckMs! - 500);
    door.open();
    driver.advance(200);
    expect(eventsOf(driver.events(), "lock-fail", 5).map((e) => e.reason)).to.deep.equal(["not-latched"]);
    expect(eventsOf(driver.events(), "forced")).to.have.length(0);
  });

  it("reports forced when the reopening comes after the latch-check time", async () => {
    const driver = await bootLockerBank();
    const timing = driver.bank.device.board.timing;
    const door = driver.bank.door(5);
    driver.run("bank.release(5)");
    driver.advance(1000);
    door.open();
    driver.advance(3000);
    door.close();
    driver.advance(timing.latchCheckMs! + 500);
    door.open();
    driver.advance(200);
    expect(eventsOf(driver.events(), "forced", 5)).to.have.length(1);
    expect(eventsOf(driver.events(), "lock-fail")).to.have.length(0);
  });
});
