import { expect } from "chai";
import { bootInputs } from "./support/inputs-board";

describe("Matrix keypad: ghost keys", () => {
  it("refuses three keys forming an L (a diode-less matrix cannot tell them from the fourth corner)", async () => {
    const board = await bootInputs();
    // 1 and 2 share row 0, 1 and 4 share column 0: the matrix would also show 5.
    board.keypad.press("1");
    board.keypad.press("2");
    board.keypad.press("4");
    board.device.advance(500);
    board.keypad.releaseAll();
    board.device.advance(500);
    expect(board.seen()).to.deep.equal(["fault:keypad:ghost-keys"]);
  });

  it("refuses all four corners of a rectangle as ghost keys too", async () => {
    const board = await bootInputs();
    for (const key of "1245") board.keypad.press(key);
    board.device.advance(500);
    board.keypad.releaseAll();
    board.device.advance(500);
    expect(board.seen()).to.deep.equal(["fault:keypad:ghost-keys"]);
  });
});
