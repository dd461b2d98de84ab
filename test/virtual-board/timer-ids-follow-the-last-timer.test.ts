import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: timer ids are the last timer's id + 1, or 1", () => {
  it("numbers from 1, reuses ids once the list empties, and refuses clearTimeout(undefined)", () => {
    const board = bootWith("");
    expect(board.evaluate("[setTimeout('', 10), setInterval('', 10), setTimeout('', 10)].join()")).to.equal("1,2,3");
    board.evaluate("clearTimeout()"); // no argument: clears every timer
    expect(board.evaluate("setTimeout('', 10)")).to.equal(1);
    expect(() => board.evaluate("clearTimeout(undefined)")).to.throw(/clearTimeout\(undefined\) not allowed/);
  });
});
