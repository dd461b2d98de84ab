import { expect } from "chai";
import { replOnFakeBoard } from "./repl-transcript";

describe("Espruino REPL: DLE (0x10) at the start of a line", () => {
  it("runs that line without echo, without =<value> and without a new prompt", () => {
    const { repl, transcript, board } = replOnFakeBoard();
    repl.receive("\x10var z = 5\n");
    expect(transcript()).to.equal("");
    expect(board.global("z")).to.equal(5);
  });

  it("still shows what the line prints (without erasing the prompt first), then brings the prompt back", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive('\x10print("hi")\n');
    expect(transcript()).to.equal("hi\r\n>");
  });

  it("applies to one line only: the next line is echoed again", () => {
    const { repl, transcript, clear } = replOnFakeBoard();
    repl.receive("\x10var q = 1\n");
    clear();
    repl.receive("q\n");
    expect(transcript()).to.equal("q\r\n=1\r\n>");
  });

  it("is an ordinary (ignored) control character in the middle of a line", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("4\x10\n");
    expect(transcript()).to.equal("4\r\n=4\r\n>");
  });
});
