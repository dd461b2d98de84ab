import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

describe("Wiegand keypad: bad codes", () => {
  it("refuses an 8-bit burst whose first nibble is not the complement of the second", async () => {
    const board = await bootInputs();
    for (const burst of ["11110001", "00000001", "11100000"]) {
      board.wiegand.send(burst);
      board.device.advance(150);
    }
    board.wiegand.send(WiegandReader.keypad4("#"));
    board.device.advance(150);
    expect(board.results()).to.deep.equal(["fault:wiegand:complement", "fault:wiegand:complement", "fault:wiegand:complement", "entry:"]);
    expect(counts(board)).to.include({ keyCode: 3, keys: 1 });
  });

  it("refuses codes 12–15, which are no key", async () => {
    const board = await bootInputs();
    for (const burst of ["1100", "1111", "00111100"]) {
      board.wiegand.send(burst);
      board.device.advance(150);
    }
    expect(board.results()).to.deep.equal(new Array(3).fill("fault:wiegand:bad-key"));
    expect(counts(board)).to.include({ keyCode: 3, keys: 0 });
  });
});
