import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: reset() and load() restart the interpreter when idle", () => {
  it("reset() clears RAM after the current code, keeps Storage and does not run .bootcde", () => {
    const board = bootWith(`var fromBootcde = 1;`);
    board.storage.write(".boot0", "var fromBoot0 = 1;");
    board.evaluate("var a = 1; reset(); a = 2;");
    expect(board.evaluate("typeof a")).to.equal("undefined");
    expect(board.evaluate("typeof fromBoot0")).to.equal("number");
    expect(board.evaluate("typeof fromBootcde")).to.equal("undefined");
    expect(board.storage.read(".bootcde")).to.equal("var fromBootcde = 1;");
  });

  it("load() restarts and runs the saved program", () => {
    const board = bootWith(`var fromBootcde = 1;`);
    board.evaluate("reset()");
    board.evaluate("load()");
    expect(board.evaluate("typeof fromBootcde")).to.equal("number");
  });
});
