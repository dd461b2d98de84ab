import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: a reboot keeps flash and loses RAM", () => {
  it("forgets globals and timers, keeps Storage files, and runs the saved program again", () => {
    const board = bootWith(`var boots = (require("Storage").read("count") || "").length; require("Storage").write("count", "x".repeat(boots + 1)); var ram = 1;`);
    board.evaluate("ram = 42; setInterval(function () { print('old timer'); }, 10);");
    board.reboot();
    expect(board.resetCause).to.equal("pin");
    expect(board.evaluate("ram")).to.equal(1);
    expect(board.evaluate("boots")).to.equal(1);
    board.advance(100);
    expect(board.output).to.not.include("old timer");
  });

  it("E.reboot() stops the running code and restarts with cause software", () => {
    const board = bootWith(`var n = (require("Storage").read("n") || "") + "x"; require("Storage").write("n", n);`);
    board.evaluate("E.reboot(); print('not reached')");
    expect(board.resetCause).to.equal("software");
    expect(board.evaluate("n")).to.equal("xx");
    expect(board.output).to.not.include("not reached");
  });
});
