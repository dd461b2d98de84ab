import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a release after which the door never opens", () => {
  it("relocks at the end of the pulse and reports lock-fail with reason not-opened", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(4)");
    driver.advance(driver.bank.device.board.timing.releasePulseMs + 10);
    const types = driver.events().map((e) => e.type + (e.reason ? ":" + e.reason : ""));
    expect(types).to.deep.equal(["released", "relocked", "lock-fail:not-opened"]);
  });

  it("reports no lock-fail when the door was opened during the release", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(4)");
    driver.advance(1000);
    driver.bank.door(4).open();
    driver.advance(driver.bank.device.board.timing.releasePulseMs);
    expect(eventsOf(driver.events(), "lock-fail")).to.have.length(0);
  });
});
