import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: an error at the top level stops the rest of the file", () => {
  it("prints Uncaught and does not run the lines after it, while earlier timers still run", () => {
    const board = bootWith(`
      print("before");
      setTimeout(function () { print("timer"); }, 10);
      undefinedFunction();
      print("after");
    `);
    board.advance(20);
    const out = lines(board);
    expect(out[0]).to.equal("before");
    expect(out[1]).to.match(/^Uncaught /);
    expect(out).to.not.include("after");
    expect(out[2]).to.equal("timer");
  });
});
