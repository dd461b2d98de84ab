import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

describe("Wiegand: 26-bit card frame", () => {
  it("reads facility and card number as three big-endian bytes, once the line goes quiet", async () => {
    const board = await bootInputs();
    const endMs = board.wiegand.send(WiegandReader.frame26(10, 12345));
    board.device.advance(endMs - board.device.clock.nowMs + 20);
    expect(board.results()).to.deep.equal([]); // still inside the 25 ms gap
    board.device.advance(10);
    expect(board.results()).to.deep.equal(["card:0:26:0a3039"]);
    expect(counts(board)).to.include({ cards: 1, parity: 0, length: 0, timing: 0 });
  });

  it("reads frames back to back, each once", async () => {
    const board = await bootInputs();
    for (const [facility, card] of [[0, 0], [255, 65535], [1, 2]]) {
      board.wiegand.send(WiegandReader.frame26(facility, card));
      board.device.advance(200);
    }
    expect(board.results()).to.deep.equal(["card:0:26:000000", "card:0:26:ffffff", "card:0:26:010002"]);
  });

  it("reads readers that clock bits every 1 ms or every 10 ms", async () => {
    const board = await bootInputs();
    board.wiegandWith({ pulseWidthMs: 0.05, bitIntervalMs: 1 }).send(WiegandReader.frame26(7, 7));
    board.device.advance(500);
    board.wiegandWith({ pulseWidthMs: 0.1, bitIntervalMs: 10 }).send(WiegandReader.frame26(8, 8));
    board.device.advance(500);
    expect(board.results()).to.deep.equal(["card:0:26:070007", "card:0:26:080008"]);
  });
});
