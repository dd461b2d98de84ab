import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: Uint8Array#slice returns a plain Array", () => {
  it("gives an Array with the sliced elements, for every typed array kind", () => {
    const board = bootWith("");
    expect(board.evaluate("Array.isArray(new Uint8Array([1,2,3]).slice(1))")).to.equal(true);
    expect(board.evaluate("new Uint8Array([1,2,3]).slice(1).join()")).to.equal("2,3");
    expect(board.evaluate("Array.isArray(new Int16Array([1,2]).slice(0))")).to.equal(true);
    expect(board.evaluate("new Uint8Array([1,2,3]).subarray(1) instanceof Uint8Array")).to.equal(true);
  });
});
