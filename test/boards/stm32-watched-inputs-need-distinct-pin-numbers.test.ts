import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: watched inputs on an STM32 (Pico, WiFi)", () => {
  it("may not share a pin number, since each number has one EXTI line", () => {
    const pico = shippedBoard("espruino-pico");
    // B1 (a keypad row) becomes the lockdown input; B9 becomes the row. A1 is a door sensor.
    pico.keypad.rows[0] = "B9";
    pico.lockdownInput.pin = "B1";
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal([
      "boards/espruino-pico.json: watched inputs A1 (lockers[1].door) and B1 (lockdownInput) share EXTI line 1: PICO_R1_3 can watch only one pin per number",
    ]);
  });

  it("is no constraint on the ESP32, which watches any GPIO", () => {
    const esp32 = shippedBoard("esp32");
    expect(esp32.lockers[0].door.pin).to.equal("D14");
    expect(esp32.keypad.columns[0]).to.equal("D13");
    expect(refusalOf({ ...esp32, id: "x" }, "esp32")).to.deep.equal([
      'boards/esp32.json: id "x" does not match the file name (expected "esp32")',
    ]);
  });
});
