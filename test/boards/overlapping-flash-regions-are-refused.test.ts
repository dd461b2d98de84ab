import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: flash regions", () => {
  it("may not overlap Storage (the ESP32's stale 640 KB at 0x360000 from Flash.getFree())", () => {
    const esp32 = shippedBoard("esp32");
    esp32.flash.free.push({ start: 0x360000, size: 0xa0000, eraseUnit: 4096 });
    expect(refusalOf(esp32, "esp32")).to.deep.equal([
      "boards/esp32.json: flash.free[2] 0x360000-0x400000 overlaps flash.storage 0x320000-0x400000",
    ]);
  });

  it("may not overlap each other", () => {
    const virtual = shippedBoard("virtual");
    virtual.flash.free.push({ start: 0x58000, size: 0x10000, eraseUnit: 4096 });
    expect(refusalOf(virtual, "virtual")).to.deep.equal([
      "boards/virtual.json: flash.free[1] 0x58000-0x68000 overlaps flash.free[0] 0x50000-0x90000",
    ]);
  });

  it("may not overlap the interpreter's own flash", () => {
    const pico = shippedBoard("espruino-pico");
    pico.flash.free[0].start = 0x08040000;
    pico.flash.partitions.log.start = 0x08040000; // moved with its region, so only the overlap is reported
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal([
      "boards/espruino-pico.json: flash.free[0] 0x8040000-0x8060000 overlaps the interpreter (0x8010000-0x8060000)",
    ]);
  });

  it("must be whole erase units of the size the chip really erases", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.flash.free[0].size = 40000;
    wifi.flash.partitions.log.size = 32768; // keep the log inside, so only the region's fault is reported
    const pico = shippedBoard("espruino-pico");
    pico.flash.free[0].eraseUnit = 16384;
    expect(refusalOf(wifi, "espruino-wifi")).to.deep.equal([
      "boards/espruino-wifi.json: flash.free[0] size 40000 is not a multiple of its erase unit 16384",
    ]);
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal([
      "boards/espruino-pico.json: flash.free[0].eraseUnit is 16384 but PICO_R1_3 erases 131072 bytes at a time at 0x8060000",
    ]);
  });

  it("put Storage where the interpreter keeps it", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.flash.storage.size = 2 * 65536;
    const errors = refusalOf(wifi, "espruino-wifi");
    expect(errors[0]).to.equal(
      "boards/espruino-wifi.json: flash.storage must be where ESPRUINOWIFI's interpreter keeps Storage: start 134283264 (0x8010000), size 65536, eraseUnit 65536",
    );
  });
});
