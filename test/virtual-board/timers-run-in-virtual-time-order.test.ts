import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: timers run in virtual time order", () => {
  it("runs timeouts and intervals by due time, only when virtual time reaches them", () => {
    const board = bootWith(`
      setTimeout(function () { print("b@" + getTime()); }, 300);
      setTimeout(function () { print("a@" + getTime()); }, 100);
      var n = 0;
      var id = setInterval(function () { print("i@" + getTime()); if (++n === 3) clearInterval(id); }, 250);
    `);
    expect(lines(board)).to.deep.equal([]);
    board.advance(99);
    expect(lines(board)).to.deep.equal([]);
    board.advance(2000);
    expect(lines(board)).to.deep.equal(["a@0.1", "i@0.25", "b@0.3", "i@0.5", "i@0.75"]);
  });

  it("changeInterval restarts the period from now", () => {
    const board = bootWith(`var id = setInterval(function () { print("t@" + getTime()); }, 1000);`);
    board.advance(500);
    board.evaluate("changeInterval(id, 200)");
    board.advance(450);
    expect(lines(board)).to.deep.equal(["t@0.7", "t@0.9"]);
  });
});
