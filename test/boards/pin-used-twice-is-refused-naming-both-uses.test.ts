import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: a pin used twice", () => {
  it("is refused, naming the board, the pin and both roles", () => {
    const pico = shippedBoard("espruino-pico");
    pico.buzzer.pin = pico.lockers[0].lock.pin;
    expect(refusalOf(pico, "espruino-pico")).to.include("boards/espruino-pico.json: pin B15 used twice (lockers[0].lock and buzzer)");
  });

  it("names every use when a pin is shared three ways", () => {
    const esp32 = shippedBoard("esp32");
    esp32.keypad.rows[0] = "D5";
    esp32.statusLed.pin = "D5";
    expect(refusalOf(esp32, "esp32")).to.include("boards/esp32.json: pin D5 used 3 times (keypad.rows[0], cardReaders[1].cs and statusLed)");
  });
});
