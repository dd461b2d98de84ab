import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: a pin name the board does not have", () => {
  it("is refused, naming the board, the field and the pin", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.lockers[2].door.pin = "B16";
    const errors = refusalOf(wifi, "espruino-wifi");
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^boards\/espruino-wifi\.json: unknown pin B16 \(lockers\[2\]\.door\): ESPRUINOWIFI has /);
  });

  it("is refused with the reason when the interpreter knows the pin but the board reserves it", () => {
    const pico = shippedBoard("espruino-pico");
    pico.buzzer.pin = "A11";
    expect(refusalOf(pico, "espruino-pico")).to.include("boards/espruino-pico.json: pin A11 (buzzer) is not available on PICO_R1_3: USB D-");
  });

  it("refuses the ESP32's SPI flash pins", () => {
    const esp32 = shippedBoard("esp32");
    esp32.keypad.columns[1] = "D7";
    expect(refusalOf(esp32, "esp32")).to.include("boards/esp32.json: pin D7 (keypad.columns[1]) is not available on ESP32: SPI flash (D0)");
  });
});
