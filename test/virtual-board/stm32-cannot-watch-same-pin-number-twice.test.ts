import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: STM32 cannot watch two pins with the same number", () => {
  it("warns and returns undefined for B3 when A3 is watched (Pico), not on ESP32", () => {
    const pico = bootWith("", { board: { espruinoBoard: "PICO_R1_3" } });
    expect(pico.evaluate("setWatch(function () {}, A3, { repeat: true })")).to.equal(1);
    expect(pico.evaluate("setWatch(function () {}, B3, { repeat: true })")).to.equal(undefined);
    expect(pico.output).to.include("WARNING: Unable to set watch");
    const esp32 = bootWith("", { board: { espruinoBoard: "ESP32" } });
    expect(esp32.evaluate("setWatch(function () {}, D3, { repeat: true }) + setWatch(function () {}, D13, { repeat: true })")).to.equal(3);
  });
});
