import { expect } from "chai";
import { bootInputs } from "./support/inputs-board";

describe("Matrix keypad: two keys at once", () => {
  for (const [first, second, where] of [
    ["1", "2", "on one row"],
    ["2", "8", "on one column"],
    ["1", "9", "on neither"],
  ] as const) {
    it(`refuses ${first} and ${second} pressed together (${where}): one fault, no key`, async () => {
      const board = await bootInputs();
      board.keypad.press(first);
      board.device.advance(3);
      board.keypad.press(second);
      board.device.advance(1000);
      board.keypad.releaseAll();
      board.device.advance(500);
      expect(board.seen()).to.deep.equal(["fault:keypad:two-keys"]);
    });
  }

  it("refuses a second key pressed while the first is held, even on the first key's column, and takes nothing until all are up", async () => {
    const board = await bootInputs();
    board.keypad.press("5");
    board.device.advance(100);
    board.keypad.press("8"); // same column as 5: no column edge, found by the held-key rescans
    board.device.advance(200);
    board.keypad.release("5");
    board.device.advance(300); // 8 still held alone: not a new press
    board.keypad.release("8");
    board.device.advance(300);
    board.keypad.press("3");
    board.device.advance(100);
    board.keypad.release("3");
    board.device.advance(300);
    expect(board.seen()).to.deep.equal(["key:5", "fault:keypad:two-keys", "key:3"]);
  });
});
