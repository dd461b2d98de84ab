import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a door opened while its lock is secured", () => {
  it("is reported as forced, and the lock stays secured", async () => {
    const driver = await bootLockerBank();
    driver.advance(10_000);
    driver.bank.door(3).open();
    driver.advance(100);
    const events = driver.events();
    expect(events.map((e) => `${e.type} ${e.locker}`)).to.deep.equal(["door-opened 3", "forced 3"]);
    expect(driver.bank.lock(3).drivenSecured).to.equal(true);
    expect(driver.run("bank.isDoorOpen(3)")).to.equal(true);
  });

  it("is not forced when the door was pulled just as the pulse ended (within the grace)", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(2)");
    driver.advance(driver.bank.device.board.timing.releasePulseMs - 20);
    driver.bank.door(2).open(); // debounce reports it after the pulse has ended
    driver.advance(200);
    expect(eventsOf(driver.events(), "door-opened", 2)).to.have.length(1);
    expect(eventsOf(driver.events(), "forced")).to.have.length(0);
  });

  it("is forced when it opens after the grace that follows a release", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(2)");
    driver.advance(driver.bank.device.board.timing.releasePulseMs + 1500);
    driver.bank.door(2).open();
    driver.advance(200);
    expect(eventsOf(driver.events(), "forced", 2)).to.have.length(1);
  });
});
