import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

describe("Wiegand: bits too far apart", () => {
  it("refuses a frame whose bits come more than 20 ms apart", async () => {
    const board = await bootInputs();
    board.wiegandWith({ pulseWidthMs: 0.05, bitIntervalMs: 22 }).send(WiegandReader.frame26(10, 12345));
    board.device.advance(1000);
    expect(board.results()).to.deep.equal(["fault:wiegand:too-slow"]);
    expect(counts(board)).to.include({ cards: 0, timing: 1 });
  });

  it("splits bits 30 ms apart into one-bit frames, each refused", async () => {
    const board = await bootInputs();
    board.wiegandWith({ pulseWidthMs: 0.05, bitIntervalMs: 30 }).send(WiegandReader.frame26(10, 12345));
    board.device.advance(1500);
    expect(board.results()).to.deep.equal(new Array(26).fill("fault:wiegand:length"));
  });
});
