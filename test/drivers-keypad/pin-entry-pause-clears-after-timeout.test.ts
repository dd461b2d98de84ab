import { expect } from "chai";
import { bootInputs, typeKeys } from "./support/inputs-board";

describe("PIN entry: inter-key timeout", () => {
  it("throws away what was typed after 10 s without a key", async () => {
    const board = await bootInputs();
    typeKeys(board, "12");
    board.device.advance(10_000);
    typeKeys(board, "34#");
    expect(board.results()).to.deep.equal(["cleared:timeout", "entry:34"]);
  });

  it("keeps the digits across pauses shorter than the timeout", async () => {
    const board = await bootInputs();
    for (const key of "5678") {
      typeKeys(board, key);
      board.device.advance(9_000);
    }
    typeKeys(board, "#");
    expect(board.results()).to.deep.equal(["entry:5678"]);
  });

  it("reports nothing when the pause follows an empty entry", async () => {
    const board = await bootInputs();
    typeKeys(board, "1#");
    board.device.advance(60_000);
    expect(board.results()).to.deep.equal(["entry:1"]);
  });
});
