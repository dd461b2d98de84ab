import { expect } from "chai";
import { bootInputs, typeKeys } from "./support/inputs-board";

describe("PIN entry: maximum length", () => {
  it("takes 12 digits", async () => {
    const board = await bootInputs();
    typeKeys(board, "123456789012#");
    expect(board.results()).to.deep.equal(["entry:123456789012"]);
  });

  it("throws the whole entry away at the 13th digit and ignores digits up to the next #", async () => {
    const board = await bootInputs();
    typeKeys(board, "1234567890123456#");
    typeKeys(board, "56#");
    expect(board.results()).to.deep.equal(["cleared:too-long", "entry:56"]);
  });

  it("starts afresh after * once too long", async () => {
    const board = await bootInputs();
    typeKeys(board, "1234567890123*78#");
    expect(board.results()).to.deep.equal(["cleared:too-long", "cleared:star", "entry:78"]);
  });
});
