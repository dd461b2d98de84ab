import { expect } from "chai";
import { bootLockerBank } from "./support/driver-board";

describe("locker bank driver: a pulse-mode (solenoid) locker whose door opens", () => {
  it("drops the solenoid as soon as the door is off the latch and reports relocked", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(2)");
    driver.advance(700);
    driver.bank.door(2).open();
    driver.advance(100);
    expect(driver.bank.lock(2).drivenSecured).to.equal(true);
    const events = driver.events();
    expect(events.map((e) => e.type)).to.deep.equal(["released", "door-opened", "relocked"]);
    expect(events[2].timeMs - events[0].timeMs).to.be.lessThan(1000);
  });
});
