import { expect } from "chai";
import { replOnFakeBoard } from "./repl-transcript";

describe("Espruino REPL: a typed line", () => {
  it("is echoed, executed on Enter, and followed by =<value> and a new prompt", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("1+2\r");
    expect(transcript()).to.equal("1+2\r\n=3\r\n>");
  });

  it("keeps state between lines in the board's global scope", () => {
    const { repl, transcript, clear } = replOnFakeBoard();
    repl.receive("var x = 20\n");
    clear();
    repl.receive("x + 1\n");
    expect(transcript()).to.equal("x + 1\r\n=21\r\n>");
  });

  it("treats CR LF as two line ends, the second one empty and silent", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("7\r\n");
    expect(transcript()).to.equal("7\r\n=7\r\n>");
  });

  it("prints nothing but a new prompt for an empty line", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("\n");
    expect(transcript()).to.equal("\r\n>");
  });

  it("erases a character on backspace", () => {
    const { repl, transcript } = replOnFakeBoard();
    repl.receive("12\x083\n");
    expect(transcript()).to.equal("12\x08 \x083\r\n=13\r\n>");
  });
});
