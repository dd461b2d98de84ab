import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: the Wiegand reader model sends 50 µs low pulses every 2 ms", () => {
  it("is read bit by bit by falling-edge watches on D0 and D1", () => {
    const board = bootWith(`
      var bits = "";
      setWatch(function () { bits += "0"; }, D23, { repeat: true, edge: "falling" });
      setWatch(function () { bits += "1"; }, D24, { repeat: true, edge: "falling" });
    `);
    const reader = new WiegandReader(board, { d0: "D23", d1: "D24" });
    const frame = WiegandReader.frame26(123, 4567);
    const end = reader.send(frame);
    expect(end).to.be.closeTo(25 * 2 + 0.05, 1e-9);
    board.advance(1);
    expect(board.pin("D23").level + board.pin("D24").level).to.equal(2); // the first pulse is over
    board.advance(60);
    expect(board.evaluate("bits")).to.equal(frame);
    expect(lines(board)).to.deep.equal([]);
  });
});
