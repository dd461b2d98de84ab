import { expect } from "chai";
import { runInNewContext } from "node:vm";
import { formatNumber, formatResult } from "../../hal/virtual/repl/espruino-format";

/** Values made in another realm, as the board's vm context makes them. */
const board = (source: string) => runInNewContext(`(${source})`);

describe("Espruino REPL: how a result is printed", () => {
  it("prints primitives as the interpreter does", () => {
    expect(formatResult(undefined)).to.equal("undefined");
    expect(formatResult(null)).to.equal("null");
    expect(formatResult(true)).to.equal("true");
    expect(formatResult(42)).to.equal("42");
    expect(formatResult(0.1 + 0.2)).to.equal("0.3");
    expect(formatResult(NaN)).to.equal("NaN");
    expect(formatResult(-Infinity)).to.equal("-Infinity");
  });

  it("quotes and escapes strings, and cuts long ones in the middle", () => {
    expect(formatResult('say "hi"\n')).to.equal('"say \\"hi\\"\\n"');
    expect(formatResult("a".repeat(50))).to.equal(`"${"a".repeat(17)}" ... "${"a".repeat(17)}"`);
  });

  it("prints objects with spaces inside braces and unquoted identifier keys", () => {
    expect(formatResult(board('{ a: 1, "b-c": 2 }'))).to.equal('{ a: 1, "b-c": 2 }');
    expect(formatResult(board("{}"))).to.equal("{  }");
  });

  it("puts nested objects and strings on their own indented lines", () => {
    expect(formatResult(board('{ n: 1, s: "x", o: { k: 2 } }'))).to.equal('{ n: 1, \n  s: "x", \n  o: { k: 2 }\n }');
  });

  it("prints arrays, and long arrays as their first and last five items", () => {
    expect(formatResult(board("[1, 2, 3]"))).to.equal("[ 1, 2, 3 ]");
    const long = formatResult(board("[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]"));
    expect(long).to.equal("[ 0, 1, 2, 3, 4,  ... 15, 16, 17, 18, 19 ]");
  });

  it("prints typed arrays as constructors, all-zero ones by length", () => {
    expect(formatResult(board("new Uint8Array([1, 2])"))).to.equal("new Uint8Array([1, 2])");
    expect(formatResult(board("new Uint8Array(4)"))).to.equal("new Uint8Array(4)");
  });

  it("prints functions by their parameters only, and class instances with their class name", () => {
    expect(formatResult(board("function (a, b) { return a + b; }"))).to.equal("function (a,b) { ... }");
    expect(formatResult(runInNewContext("class Door { constructor() { this.open = false; } }; new Door()"))).to.equal(
      "Door: { open: false }",
    );
  });

  it("formats numbers to about 12 significant digits", () => {
    expect(formatNumber(1 / 3)).to.equal("0.333333333333");
    expect(formatNumber(-2147483648)).to.equal("-2147483648");
  });
});
