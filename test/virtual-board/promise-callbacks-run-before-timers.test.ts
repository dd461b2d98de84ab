import { expect } from "chai";
import { bootWith, lines } from "./board-fixture";

describe("virtual board: promise callbacks run before timers", () => {
  it("runs a then() queued in a timer before the next timer due at the same time", () => {
    const board = bootWith(`
      setTimeout(function () { print("t1"); Promise.resolve().then(function () { print("p1"); }); }, 10);
      setTimeout(function () { print("t2"); }, 10);
      Promise.resolve().then(function () { print("p0"); });
      print("top");
    `);
    board.advance(10);
    expect(lines(board)).to.deep.equal(["top", "p0", "t1", "p1", "t2"]);
  });
});
