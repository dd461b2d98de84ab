import { expect } from "chai";
import { bootContact } from "./support/contact-board";

describe("contact input (tamper switch): debounce", () => {
  it("ignores pulses shorter than the board's debounce and reports a held change once", async () => {
    const driver = await bootContact("tamper");
    const tamper = driver.bank.tamper;
    const clock = driver.bank.device.clock;
    const debounce = driver.bank.device.board.tamper.debounceMs;
    const t0 = clock.nowMs + 100;
    for (let k = 0; k < 10; k++) {
      clock.scheduleAt(t0 + k * 400, () => tamper.activate());
      clock.scheduleAt(t0 + k * 400 + debounce / 2, () => tamper.deactivate());
    }
    driver.advance(5000);
    expect(driver.events(), "short pulses reported").to.deep.equal([]);

    tamper.activate();
    driver.advance(debounce + 10);
    tamper.deactivate();
    driver.advance(debounce + 10);
    expect(driver.events().map((e) => e.type)).to.deep.equal(["on", "off"]);
    expect(driver.run("contact.isFaulted()")).to.equal(false);
  });
});
