import { expect } from "chai";
import { bootInputs, pressWithBounce } from "./support/inputs-board";

describe("Matrix keypad: one press, one key", () => {
  it("reports a bouncing press once, at the press, and never repeats a held key", async () => {
    const board = await bootInputs();
    pressWithBounce(board, "5", 2000);
    board.device.advance(500);
    expect(board.seen()).to.deep.equal(["key:5"]);
  });

  it("reports each key of a typed sequence once, in order", async () => {
    const board = await bootInputs();
    for (const key of "1397*0#") {
      pressWithBounce(board, key, 80);
      board.device.advance(150);
    }
    expect(board.seen().filter((s) => s.startsWith("key:"))).to.deep.equal(["1", "3", "9", "7", "*", "0", "#"].map((k) => `key:${k}`));
  });

  it("ignores a tap shorter than the debounce", async () => {
    const board = await bootInputs();
    board.keypad.press("8");
    board.device.advance(5);
    board.keypad.release("8");
    board.device.advance(500);
    expect(board.seen()).to.deep.equal([]);
  });
});
