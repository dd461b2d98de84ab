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

  it("applies to the Espruino WiFi too", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.keypad.rows[1] = "B3";
    wifi.tamper.pin = "B0";
    expect(refusalOf(wifi, "espruino-wifi")).to.deep.equal([
      "boards/espruino-wifi.json: watched inputs A0 (lockers[0].door) and B0 (tamper) share EXTI line 0: ESPRUINOWIFI can watch only one pin per number",
    ]);
  });
});
