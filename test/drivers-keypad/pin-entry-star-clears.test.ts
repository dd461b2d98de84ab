import { expect } from "chai";
import { bootInputs, typeKeys } from "./support/inputs-board";

describe("PIN entry: * clears", () => {
  it("throws away the digits typed before *", async () => {
    const board = await bootInputs();
    typeKeys(board, "12*34#");
    expect(board.results()).to.deep.equal(["cleared:star", "entry:34"]);
  });
});
