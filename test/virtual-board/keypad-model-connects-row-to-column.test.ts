import { expect } from "chai";
import { MatrixKeypad } from "../../hal/virtual/devices/keypad";
import { bootWith, testBoard } from "./board-fixture";

describe("virtual board: the keypad model connects a held key's row to its column", () => {
  const scan = `
    function scan() {
      var rows = [D16, D17, D18, D19], cols = [D20, D21, D22], found = "";
      cols.forEach(function (c) { pinMode(c, "input_pullup"); });
      rows.forEach(function (r) { pinMode(r, "output"); digitalWrite(r, 1); });
      for (var r = 0; r < rows.length; r++) {
        digitalWrite(rows[r], 0);
        for (var c = 0; c < cols.length; c++) if (digitalRead(cols[c]) === 0) found += r + "," + c + ";";
        digitalWrite(rows[r], 1);
      }
      return found;
    }`;

  it("a column reads the driven row's level only while the key is held", () => {
    const board = bootWith(scan);
    const keypad = new MatrixKeypad(board, testBoard().keypad!);
    expect(board.evaluate("scan()")).to.equal("");
    keypad.press("5");
    expect(board.evaluate("scan()")).to.equal("1,1;");
    keypad.press("#");
    expect(board.evaluate("scan()")).to.equal("1,1;3,2;");
    keypad.releaseAll();
    expect(board.evaluate("scan()")).to.equal("");
  });
});
