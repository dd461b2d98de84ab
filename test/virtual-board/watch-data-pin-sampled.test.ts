import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: a watch's data pin is sampled at the edge", () => {
  it("reports the data pin's level at each clock edge", () => {
    const board = bootWith(`
      setWatch(function (e) { print(e.data ? "1" : "0"); }, D20, { repeat: true, edge: "falling", data: D21 });
    `);
    const clock = board.pin("D20");
    const data = board.pin("D21");
    clock.drive(1);
    for (const bit of [1, 0, 1, 1]) {
      data.drive(bit as 0 | 1);
      clock.drive(0);
      data.drive(0); // changes after the edge must not matter
      board.advance(1);
      clock.drive(1);
      board.advance(1);
    }
    expect(lines(board).join("")).to.equal("1011");
  });
});
