import { expect } from "chai";
import { bracketDepth } from "../../hal/virtual/repl/bracket-depth";
import { replOnFakeBoard } from "./repl-transcript";

describe("Espruino REPL: multi-line input", () => {
  it("continues with a ':' prompt while brackets are open and runs the whole input once closed", () => {
    const { repl, transcript, board } = replOnFakeBoard();
    repl.receive("function f(a) {\n  return a * 2;\n}\n");
    expect(transcript()).to.equal("function f(a) {\r\n:  return a * 2;\r\n:}\r\n=undefined\r\n>");
    expect(board.evaluate("f(4)")).to.equal(8);
  });

  it("adds a newline without executing on ESC LF (Alt-Enter), as the CLI sends inside statements", () => {
    const { repl, transcript, board } = replOnFakeBoard();
    repl.receive("\x10var y = 1;\x1B\ny = y + 1;\n");
    expect(transcript()).to.equal("");
    expect(board.global("y")).to.equal(2);
  });

  it("does not count brackets inside strings, comments, template literals or regular expressions", () => {
    expect(bracketDepth(`print("(", '[', \`{\`) // (`)).to.equal(0);
    expect(bracketDepth("var r = /[(]/; /* { */ f(")).to.equal(1);
    expect(bracketDepth("a = 4 / 2; b = (1")).to.equal(1);
  });

  it("keeps an unfinished comment or template literal open, but runs an unfinished string so it can fail", () => {
    expect(bracketDepth("/* still writing")).to.be.greaterThan(0);
    expect(bracketDepth("`line one")).to.be.greaterThan(0);
    expect(bracketDepth('print("oops')).to.equal(0);
  });
});
