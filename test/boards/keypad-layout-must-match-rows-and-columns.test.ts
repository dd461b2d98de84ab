import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: the keypad layout", () => {
  it("must have one string per row pin", () => {
    const pico = shippedBoard("espruino-pico");
    pico.keypad.layout = ["123", "456", "*0#"];
    const errors = refusalOf(pico, "espruino-pico");
    expect(errors).to.include("boards/espruino-pico.json: keypad.layout has 3 rows but keypad.rows has 4 pins");
  });

  it("must have one key per column pin in every row", () => {
    const virtual = shippedBoard("virtual");
    virtual.keypad.layout[1] = "456A";
    expect(refusalOf(virtual, "virtual")).to.deep.equal([
      'boards/virtual.json: keypad.layout[1] "456A" has 4 keys but keypad.columns has 3 pins',
    ]);
  });

  it("must hold every key PIN entry needs, once", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.keypad.layout[3] = "*00";
    expect(refusalOf(wifi, "espruino-wifi")).to.deep.equal([
      'boards/espruino-wifi.json: keypad.layout repeats "0"',
      'boards/espruino-wifi.json: keypad.layout lacks "#" (PIN entry needs 0-9, * to clear, # to enter)',
    ]);
  });
});
