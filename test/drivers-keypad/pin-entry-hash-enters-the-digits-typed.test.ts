import { expect } from "chai";
import { bootInputs, typeKeys } from "./support/inputs-board";

describe("PIN entry: # enters", () => {
  it("hands over the digits typed since the last clear, and starts afresh", async () => {
    const board = await bootInputs();
    typeKeys(board, "1234#");
    typeKeys(board, "987#");
    expect(board.results()).to.deep.equal(["entry:1234", "entry:987"]);
  });

  it("hands over an empty entry for # alone (the access logic refuses it)", async () => {
    const board = await bootInputs();
    typeKeys(board, "#");
    expect(board.results()).to.deep.equal(["entry:"]);
  });

  it("gives feedback for every key it accepts", async () => {
    const board = await bootInputs();
    typeKeys(board, "4*2#");
    expect(board.seen()).to.deep.equal(["key:4", "key:*", "cleared:star", "key:2", "key:#", "entry:2"]);
  });
});
