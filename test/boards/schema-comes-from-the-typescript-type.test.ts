import { expect } from "chai";
import { boardSchema } from "../../scripts/build/boards";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: the schema generated from BoardDefinition", () => {
  it("refuses a property the type does not declare (a misspelt role)", () => {
    const virtual = shippedBoard("virtual");
    virtual.buzer = virtual.buzzer;
    delete virtual.buzzer;
    expect(refusalOf(virtual, "virtual")).to.deep.equal([
      'boards/virtual.json: missing required property "buzzer"',
      'boards/virtual.json: unknown property "buzer"',
    ]);
  });

  it("carries the type's JSDoc limits (debounce at most 1000 ms) and enums", () => {
    const wifi = shippedBoard("espruino-wifi");
    wifi.tamper.debounceMs = 5000;
    wifi.lockers[0].door.pull = "sideways";
    expect(refusalOf(wifi, "espruino-wifi")).to.deep.equal([
      "boards/espruino-wifi.json: lockers[0].door.pull must be one of \"up\", \"down\", \"none\"",
      "boards/espruino-wifi.json: tamper.debounceMs must be <= 1000",
    ]);
  });

  it("is built once per process", () => {
    expect(boardSchema()).to.equal(boardSchema());
  });
});
