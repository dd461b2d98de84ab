import { expect } from "chai";
import { VirtualBoard } from "../../hal/virtual/virtual-board";
import { testBoard } from "./board-fixture";

describe("virtual board: safe boot skips .bootcde but runs .boot0-.boot3", () => {
  it("runs the boot files and not the saved program when the button is held", () => {
    const board = new VirtualBoard({ board: testBoard() });
    board.storage.write(".boot0", "print('boot0')");
    board.installBundle("print('bootcde'); digitalWrite(D0, 0);");
    board.powerOn({ safeBoot: true });
    expect(board.output).to.equal("boot0\n");
    expect(board.pin("D0").mode).to.equal("input");
    board.reboot();
    expect(board.output).to.equal("boot0\nboot0\nbootcde\n");
  });
});
