import { expect } from "chai";
import { replOnFakeBoard } from "./repl-transcript";

describe("Espruino REPL: Ctrl-C", () => {
  it("throws away the typed line, erases it on screen and shows a fresh prompt", () => {
    const { repl, transcript, clear, board } = replOnFakeBoard();
    repl.receive("var lost = (1 +");
    clear();
    repl.receive("\x03");
    expect(transcript()).to.equal("\r\x1B[J>");
    clear();
    repl.receive("lost\n");
    expect(transcript()).to.equal("lost\r\nUncaught ReferenceError: lost is not defined\r\n>");
    expect(board.global("lost")).to.equal(undefined);
  });

  it("does nothing visible on an empty line", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("\x03");
    expect(transcript()).to.equal("");
  });
});
