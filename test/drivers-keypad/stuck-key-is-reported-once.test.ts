import { expect } from "chai";
import { bootInputs, virtualBoardDefinition } from "./support/inputs-board";

const keypadOnly = (seen: string[]) => seen.filter((s) => s.startsWith("key:") || s.startsWith("fault:keypad"));

describe("Matrix keypad: stuck key", () => {
  it("reports a key held for 30 s once as stuck, and takes keys again once it is freed", async () => {
    const board = await bootInputs();
    board.keypad.press("7");
    board.device.advance(29_000);
    expect(keypadOnly(board.seen())).to.deep.equal(["key:7"]);
    board.device.advance(120_000);
    expect(keypadOnly(board.seen())).to.deep.equal(["key:7", "fault:keypad:stuck-key"]);
    board.keypad.release("7");
    board.device.advance(3000);
    board.keypad.press("4");
    board.device.advance(100);
    board.keypad.release("4");
    board.device.advance(300);
    expect(keypadOnly(board.seen())).to.deep.equal(["key:7", "fault:keypad:stuck-key", "key:4"]);
  });

  it("does not count a key already down at power-on as a press, and reports it stuck", async () => {
    const board = await bootInputs(virtualBoardDefinition());
    board.keypad.press("9");
    board.device.reboot("pin");
    board.device.advance(31_000);
    expect(keypadOnly(board.seen())).to.deep.equal(["fault:keypad:stuck-key"]);
  });

  it("scans slowly while a key is stuck", async () => {
    const board = await bootInputs();
    board.keypad.press("2");
    board.device.advance(31_000);
    const row = board.device.pin(board.device.board.keypad!.rows[0]);
    const writesBefore = row.writeCount;
    board.device.advance(10_000);
    // Four writes per row per scan: at typing speed (every 40 ms) that would be 1,000.
    expect(row.writeCount - writesBefore).to.be.at.most(4 * 11);
  });
});
