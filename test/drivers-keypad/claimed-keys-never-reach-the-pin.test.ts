import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs, typeKeys } from "./support/inputs-board";

describe("Inputs: keys claimed by the self-test", () => {
  it("keeps claimed keys (matrix or Wiegand) from the PIN entry, and passes the rest", async () => {
    const board = await bootInputs();
    board.evaluate("claiming = true");
    typeKeys(board, "12#");
    board.wiegand.send(WiegandReader.keypad4("0"));
    board.device.advance(200);
    board.evaluate("claiming = false");
    typeKeys(board, "#");
    expect(board.results()).to.deep.equal(["claimed:#", "claimed:0", "entry:12"]);
  });
});
