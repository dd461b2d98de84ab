import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: watch edge and repeat", () => {
  it("a rising-edge watch ignores falling edges; repeat:false fires once and is gone", () => {
    const board = bootWith(`
      setWatch(function (e) { print("rise " + e.state); }, D8, { repeat: true, edge: "rising" });
      setWatch(function (e) { print("once " + e.state); }, D9, { repeat: false, edge: "falling" });
    `);
    const a = board.pin("D8");
    const b = board.pin("D9");
    for (let i = 0; i < 2; i++) {
      a.drive(1);
      board.advance(1);
      a.drive(0);
      board.advance(1);
      b.drive(1);
      board.advance(1);
      b.drive(0);
      board.advance(1);
    }
    expect(lines(board)).to.deep.equal(["rise true", "once false", "rise true"]);
  });

  it("reports lastTime as the previous change on any edge", () => {
    const board = bootWith(`setWatch(function (e) { print(e.time + " " + e.lastTime); }, D8, { repeat: true, edge: "rising" });`);
    const pin = board.pin("D8");
    board.advance(100);
    pin.drive(1);
    board.advance(100);
    pin.drive(0);
    board.advance(100);
    pin.drive(1);
    expect(lines(board)).to.deep.equal(["0.1 undefined", "0.3 0.2"]);
  });
});
