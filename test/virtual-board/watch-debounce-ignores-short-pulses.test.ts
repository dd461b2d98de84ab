import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: watch debounce ignores pulses shorter than the debounce", () => {
  it("reports only a level that stayed stable for the debounce time, timed when it settled", () => {
    const board = bootWith(`
      pinMode(D8, "input_pulldown");
      setWatch(function (e) { print(e.state + "@" + e.time); }, D8, { repeat: true, edge: "both", debounce: 50 });
    `);
    const door = board.pin("D8");
    board.advance(1000);
    door.drive(1);
    board.advance(20);
    door.drive(0); // 20 ms glitch: gone
    board.advance(200);
    expect(lines(board)).to.deep.equal([]);
    door.drive(1); // at 1220, bounces, settles at 1230
    board.advance(5);
    door.drive(0);
    board.advance(5);
    door.drive(1);
    board.advance(100);
    expect(lines(board)).to.deep.equal(["true@1.23"]);
  });
});
