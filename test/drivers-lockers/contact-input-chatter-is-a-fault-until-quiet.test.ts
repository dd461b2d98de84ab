import { expect } from "chai";
import { bootContact } from "./support/contact-board";

describe("contact input (wired lockdown): a chattering wire", () => {
  it("reports one chatter fault, holds back changes while it chatters, then reports the settled state", async () => {
    const driver = await bootContact("lockdownInput");
    const input = driver.bank.lockdownInput!;
    const clock = driver.bank.device.clock;
    const t0 = clock.nowMs + 100;
    // A loose wire: 20 changes 150 ms apart (each outlasts the 100 ms debounce), ending active.
    for (let k = 0; k < 20; k++) clock.scheduleAt(t0 + k * 150, () => input.set(k % 2 === 0));
    clock.scheduleAt(t0 + 20 * 150, () => input.set(true));
    driver.advance(3000 + 150 * 20);

    const events = driver.events();
    const faultAt = events.findIndex((e) => e.type === "fault");
    expect(faultAt, "fault reported").to.be.greaterThan(0);
    expect(events.filter((e) => e.type === "fault")).to.have.length(1);
    expect(events[faultAt].reason).to.equal("chatter");
    expect(events.slice(0, faultAt).map((e) => e.type), "4 changes a second pass").to.deep.equal(["on", "off", "on", "off"]);
    const after = events.slice(faultAt + 1);
    expect(after.map((e) => e.type)).to.deep.equal(["cleared", "on"]);
    expect(after[0].timeMs - (t0 + 20 * 150), "trusted again after 2 s of quiet").to.be.closeTo(2100, 1);
    expect(driver.run("contact.isActive()")).to.equal(true);
    expect(driver.run("contact.isFaulted()")).to.equal(false);
  });

  it("a person flipping the input twice a second is not a fault", async () => {
    const driver = await bootContact("lockdownInput");
    const input = driver.bank.lockdownInput!;
    const clock = driver.bank.device.clock;
    const t0 = clock.nowMs + 100;
    for (let k = 0; k < 10; k++) clock.scheduleAt(t0 + k * 500, () => input.set(k % 2 === 0));
    driver.advance(6000);
    expect(driver.events().filter((e) => e.type === "fault")).to.deep.equal([]);
    expect(driver.events()).to.have.length(10);
  });
});
