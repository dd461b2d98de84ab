import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: ESP32 input-only pins (GPIO34-39)", () => {
  it("cannot drive an output", () => {
    const esp32 = shippedBoard("esp32");
    // Swap a lock output with a Wiegand input so no pin is used twice.
    esp32.lockers[0].lock.pin = "D34";
    esp32.cardReaders[0].d0 = "D27";
    expect(refusalOf(esp32, "esp32")).to.deep.equal([
      "boards/esp32.json: pin D34 (lockers[0].lock) is input-only on ESP32 and cannot be an output",
    ]);
  });

  it("cannot have an internal pull resistor enabled", () => {
    const esp32 = shippedBoard("esp32");
    esp32.tamper.pull = "up";
    expect(refusalOf(esp32, "esp32")).to.deep.equal([
      'boards/esp32.json: pin D36 (tamper) has no internal pull resistor on ESP32: set pull "none" and fit an external one',
    ]);
  });
});
