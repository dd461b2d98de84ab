import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: an error in a timer prints Uncaught and the program goes on", () => {
  it("prints the error and keeps running intervals", () => {
    const board = bootWith(`
      var n = 0;
      setInterval(function () { n++; if (n === 2) throw new Error("boom"); print("n=" + n); }, 100);
    `);
    board.advance(350);
    expect(lines(board)).to.deep.equal(["n=1", "Uncaught Error: boom", "n=3"]);
  });
});
