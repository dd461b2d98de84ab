import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: process.memory() counts variables", () => {
  it("grows with data held, including data only a closure keeps", () => {
    const board = bootWith("");
    const before = board.memory().usage;
    board.evaluate("var held = []; for (var i = 0; i < 100; i++) held.push(i + 0.5);");
    const withArray = board.memory().usage;
    expect(withArray - before).to.be.within(190, 260); // 1 + 100 × (index name + float)
    board.evaluate("var get = (function () { var hidden = []; for (var i = 0; i < 100; i++) hidden.push('item' + i + 'xxxxxxxx'); return function () { return hidden; }; })();");
    expect(board.memory().usage - withArray).to.be.greaterThan(200);
  });

  it("reports total as the board's variables and raises MEMORY when usage exceeds it", () => {
    const board = bootWith("", { board: { ramVariables: 1000 } });
    expect(board.evaluate("process.memory().total")).to.equal(1000);
    board.evaluate("var big = []; for (var i = 0; i < 2000; i++) big.push(i + 0.5);");
    expect(board.evaluate("process.memory().free")).to.equal(0);
    expect(board.evaluate("E.getErrorFlags().join()")).to.equal("LOW_MEMORY,MEMORY");
  });
});
