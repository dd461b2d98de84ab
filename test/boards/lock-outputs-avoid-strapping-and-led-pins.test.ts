import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: pins with a fixed job at reset or on the board", () => {
  it("an ESP32 strapping pin cannot drive a lock, which could release during reset", () => {
    const esp32 = shippedBoard("esp32");
    esp32.lockers[2].lock.pin = "D12";
    esp32.buzzer.pin = "D25";
    expect(refusalOf(esp32, "esp32")).to.deep.equal([
      "boards/esp32.json: pin D12 (lockers[2].lock) is a strapping pin (GPIO12 (MTDI): high at reset selects 1.8 V flash and the board fails to boot); a lock output there could release during reset",
    ]);
  });

  it("an on-board LED pin that is not broken out serves only LED roles", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.silentAlarm.pin = "B2";
    delete wifi.deniedLed;
    expect(refusalOf(wifi, "espruino-wifi")).to.deep.equal([
      "boards/espruino-wifi.json: pin B2 (silentAlarm) is the on-board LED1 (red); only statusLed, grantedLed, deniedLed may use it",
    ]);
  });
});
