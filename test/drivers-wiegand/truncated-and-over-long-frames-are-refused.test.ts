import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

describe("Wiegand: frame length", () => {
  it("refuses truncated frames (25 and 33 bits)", async () => {
    const board = await bootInputs();
    board.wiegand.send(WiegandReader.frame26(1, 1).slice(0, 25));
    board.device.advance(200);
    board.wiegand.send(WiegandReader.frame34(1).slice(0, 33));
    board.device.advance(200);
    expect(board.results()).to.deep.equal(["fault:wiegand:length", "fault:wiegand:length"]);
    expect(counts(board)).to.include({ cards: 0, length: 2 });
  });

  it("refuses over-long frames (27, 35 and 64 bits), even when a valid frame starts them", async () => {
    const board = await bootInputs();
    for (const bits of [WiegandReader.frame26(1, 1) + "0", WiegandReader.frame34(1) + "1", WiegandReader.frame34(5) + WiegandReader.frame26(3, 3) + "0101"]) {
      board.wiegand.send(bits);
      board.device.advance(300);
    }
    expect(board.results()).to.deep.equal(new Array(3).fill("fault:wiegand:length"));
    expect(counts(board)).to.include({ cards: 0, length: 3 });
  });

  it("refuses lengths between the known ones", async () => {
    const board = await bootInputs();
    for (const n of [1, 2, 3, 5, 7, 9, 16, 24, 30, 32]) {
      board.wiegand.send("1".repeat(n));
      board.device.advance(200);
    }
    expect(counts(board)).to.include({ cards: 0, keys: 0, length: 10 });
  });
});
