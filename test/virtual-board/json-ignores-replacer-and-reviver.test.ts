import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: JSON ignores replacer and reviver; typed arrays stringify as arrays", () => {
  it("behaves as Espruino's JSON", () => {
    const board = bootWith("");
    expect(board.evaluate(`JSON.stringify({a: 1, b: 2}, function (k, v) { return k === "a" ? undefined : v; })`)).to.equal('{"a":1,"b":2}');
    expect(board.evaluate(`JSON.parse('{"a":1}', function (k, v) { return 7; }).a`)).to.equal(1);
    expect(board.evaluate(`JSON.stringify(new Uint8Array([1, 2]))`)).to.equal("[1,2]");
  });
});
