import { expect } from "chai";
import { bootInputs, fourByFourBoard, typeKeys } from "./support/inputs-board";

describe("Matrix keypad: 4×4", () => {
  it("reads every one of the 16 keys (letters reach feedback but not the PIN)", async () => {
    const board = await bootInputs(fourByFourBoard());
    typeKeys(board, "123A456B789C*0#D");
    expect(board.seen().filter((s) => s.startsWith("key:")).map((s) => s.slice(4)).join("")).to.equal("123456789*0#");
    expect(board.results()).to.deep.equal(["cleared:star", "entry:0"]);
  });
});
