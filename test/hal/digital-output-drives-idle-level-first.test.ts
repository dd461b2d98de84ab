import { expect } from "chai";
import { bootHal } from "./support/hal-board";

describe("HAL digital output on the virtual board", () => {
  it("an active-low output is driven high (idle) without ever showing low on the way", async () => {
    const board = await bootHal();
    // Pulled up beforehand, as a lock line is by its driver: any low edge would be a glitch.
    board.evaluate(`pinMode(D50, "input_pullup")`);
    const pin = board.pin("D50");
    const before = pin.history.length;
    board.evaluate(`var lock = hal.digitalOutput({ pin: "D50", activeLow: true })`);
    expect(pin.isOutput).to.equal(true);
    expect(pin.level).to.equal(1);
    expect(pin.history.slice(before).map((h) => h.level)).to.not.include(0);
    expect(board.evaluate(`lock.isActive()`)).to.equal(false);
  });

  it("setActive drives the active level by polarity", async () => {
    const board = await bootHal();
    board.evaluate(`var low = hal.digitalOutput({ pin: "D50", activeLow: true }); var high = hal.digitalOutput({ pin: "D51", activeLow: false })`);
    expect([board.pin("D50").level, board.pin("D51").level]).to.deep.equal([1, 0]);
    board.evaluate(`low.setActive(true); high.setActive(true)`);
    expect([board.pin("D50").level, board.pin("D51").level]).to.deep.equal([0, 1]);
    expect(board.evaluate(`low.isActive() && high.isActive()`)).to.equal(true);
    board.evaluate(`low.setActive(false); high.setActive(false)`);
    expect([board.pin("D50").level, board.pin("D51").level]).to.deep.equal([1, 0]);
  });

  it("starts active only when asked to", async () => {
    const board = await bootHal();
    board.evaluate(`var led = hal.digitalOutput({ pin: "D52", activeLow: false, initiallyActive: true })`);
    expect(board.pin("D52").level).to.equal(1);
  });

  // Espruino's new Pin() gives undefined (the HAL then throws "Unknown pin"); the virtual board throws itself.
  it("refuses a pin name the chip does not have", async () => {
    const board = await bootHal();
    expect(() => board.evaluate(`hal.digitalOutput({ pin: "Q99", activeLow: false })`)).to.throw(/Q99/);
  });
});
