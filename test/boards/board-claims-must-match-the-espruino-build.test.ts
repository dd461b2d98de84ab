import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: what the Espruino build offers", () => {
  it("crypto must be what the build compiles in (the Pico has no SHA512)", () => {
    const pico = shippedBoard("espruino-pico");
    pico.crypto.sha512 = true;
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal([
      "boards/espruino-pico.json: crypto.sha512 is true but PICO_R1_3's build lacks it",
    ]);
  });

  it("transports must exist on the board", () => {
    const pico = shippedBoard("espruino-pico");
    pico.transports.wifi = true;
    const esp32 = shippedBoard("esp32");
    esp32.transports.usb = true;
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal(["boards/espruino-pico.json: transports.wifi is true but PICO_R1_3 has no Wi-Fi"]);
    expect(refusalOf(esp32, "esp32")).to.deep.equal(["boards/esp32.json: transports.usb is true but ESP32's build has no USB CDC device"]);
  });

  it("ramVariables cannot exceed the build's variables, and releases cannot exceed the lockers", () => {
    const pico = shippedBoard("espruino-pico");
    pico.ramVariables = 6000;
    pico.maxSimultaneousReleases = 5;
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal([
      "boards/espruino-pico.json: ramVariables 6000 exceeds the 5100 variables PICO_R1_3's build can have",
      "boards/espruino-pico.json: maxSimultaneousReleases 5 exceeds the 4 lockers",
    ]);
  });

  it("an MFRC522's SPI bus must exist on the chip", () => {
    const esp32 = shippedBoard("esp32");
    esp32.cardReaders[1].spi.bus = "SPI3";
    expect(refusalOf(esp32, "esp32")).to.deep.equal(["boards/esp32.json: cardReaders[1].spi.bus SPI3 does not exist on ESP32 (has SPI1, SPI2)"]);
  });
});
