import { expect } from "chai";
import { VirtualBoard } from "../../hal/virtual/virtual-board";
import { testBoard } from "./board-fixture";

describe("virtual board: invalid Storage is erased at power-on", () => {
  it("erases all of Storage when a file header is corrupt, and says so", () => {
    const board = new VirtualBoard({ board: testBoard() });
    board.installBundle("print('saved program')");
    board.storage.write("data", "keep me");
    const start = board.board.flash.storage.start;
    // Zero the first header's size word: the chain ends on a header that is not erased (as after a torn write).
    board.flash.program(start, new Uint8Array([0, 0, 0, 0]));
    board.powerOn();
    expect(board.output).to.include("Storage is corrupt.");
    expect(board.output).to.not.include("saved program");
    expect(board.storage.list()).to.deep.equal([]);
  });

  it("leaves a valid Storage alone", () => {
    const board = new VirtualBoard({ board: testBoard() });
    board.installBundle("print('saved program')");
    board.powerOn();
    expect(board.output).to.equal("saved program\n");
  });
});
