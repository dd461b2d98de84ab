import { expect } from "chai";
import { bootHal } from "./support/hal-board";

const CREATE_DOOR = `
  var changes = [];
  var door = hal.digitalInput({ pin: "D53", activeLow: true, pull: "up", debounceMs: 50,
    onChange: function (active, timeMs) { changes.push(active + "@" + timeMs); } });
`;

describe("HAL digital input on the virtual board", () => {
  it("applies the pull, reads idle, then reports a debounced change in active/idle terms", async () => {
    const board = await bootHal();
    board.advance(1000);
    board.evaluate(CREATE_DOOR);
    const pin = board.pin("D53");
    expect(pin.mode).to.equal("input_pullup");
    expect(board.evaluate(`door.isActive()`)).to.equal(false);

    pin.drive(0); // active (low), bouncing for 10 ms
    board.advance(5);
    pin.drive(1);
    board.advance(5);
    pin.drive(0);
    board.advance(100);
    expect(board.evaluate(`changes.join()`)).to.equal("true@1010");
    expect(board.evaluate(`door.isActive()`)).to.equal(true);

    pin.drive(1);
    board.advance(100);
    expect(board.evaluate(`changes.join()`)).to.equal("true@1010,false@1110");
  });

  it("keeps watching after a handler throws", async () => {
    const board = await bootHal();
    board.evaluate(`
      var calls = 0;
      var input = hal.digitalInput({ pin: "D54", activeLow: false, pull: "down", debounceMs: 0,
        onChange: function () { calls++; throw new Error("boom"); } });
    `);
    const pin = board.pin("D54");
    pin.drive(1);
    board.advance(10);
    pin.drive(0);
    board.advance(10);
    expect(board.evaluate(`calls`)).to.equal(2);
    expect(board.output).to.include("D54 handler failed");
  });

  it("reports nothing after close", async () => {
    const board = await bootHal();
    board.evaluate(CREATE_DOOR + `door.close(); door.close();`);
    board.pin("D53").drive(0);
    board.advance(100);
    expect(board.evaluate(`changes.length`)).to.equal(0);
  });
});
