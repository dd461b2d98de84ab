import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a door left open", () => {
  it("raises held-open after heldOpenMs, then a reminder every heldOpenReminderMs until it shuts", async () => {
    const driver = await bootLockerBank();
    const timing = driver.bank.device.board.timing;
    driver.run("bank.release(1)");
    driver.advance(500);
    driver.bank.door(1).open();
    driver.advance(100);
    const openedAt = eventsOf(driver.events(), "door-opened", 1)[0].timeMs;

    driver.advance(timing.heldOpenMs! - 200);
    expect(eventsOf(driver.events(), "held-open"), "not before heldOpenMs").to.have.length(0);
    driver.advance(200 + timing.heldOpenReminderMs! * 3);
    const held = eventsOf(driver.events(), "held-open", 1);
    const reminders = eventsOf(driver.events(), "held-open-reminder", 1);
    expect(held).to.have.length(1);
    expect(held[0].timeMs - openedAt).to.be.closeTo(timing.heldOpenMs!, 60);
    expect(reminders).to.have.length(3);
    expect(reminders[1].timeMs - reminders[0].timeMs).to.equal(timing.heldOpenReminderMs);

    driver.bank.door(1).close();
    driver.advance(timing.heldOpenReminderMs! * 3);
    expect(eventsOf(driver.events(), "held-open-reminder", 1), "no reminders once shut").to.have.length(3);
  });
});
