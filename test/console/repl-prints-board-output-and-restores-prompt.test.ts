import { expect } from "chai";
import { replOnFakeBoard } from "./repl-transcript";

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe("Espruino REPL: what the board prints", () => {
  it("appears before the line's result, with CR LF line ends", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive('console.log("a\\nb")\n');
    expect(transcript()).to.equal('console.log("a\\nb")\r\na\r\nb\r\n=undefined\r\n>');
  });

  it("printed later (a timer, a watch) erases the prompt line, then puts the prompt and typed text back", async () => {
    const { repl, transcript, clear, board } = replOnFakeBoard();
    repl.receive("1+");
    clear();
    board.evaluate('print("tick")');
    expect(transcript()).to.equal("\r\x1B[Jtick\r\n");
    await nextTurn();
    expect(transcript()).to.equal("\r\x1B[Jtick\r\n>1+");
  });

  it("stops reaching the console once the REPL is disposed", () => {
    const { repl, transcript, board } = replOnFakeBoard();
    repl.dispose();
    board.evaluate('print("unheard")');
    expect(transcript()).to.equal("");
  });
});
