import { expect } from "chai";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: a missing role", () => {
  it("is a schema error naming the board and the missing property", () => {
    const pico = shippedBoard("espruino-pico");
    delete pico.tamper;
    expect(refusalOf(pico, "espruino-pico")).to.deep.equal(['boards/espruino-pico.json: missing required property "tamper"']);
  });

  it("names where a nested role is missing", () => {
    const virtual = shippedBoard("virtual");
    delete virtual.lockers[3].door;
    expect(refusalOf(virtual, "virtual")).to.deep.equal(['boards/virtual.json: lockers[3]: missing required property "door"']);
  });

  it("checks a card reader against the schema of its kind", () => {
    const esp32 = shippedBoard("esp32");
    delete esp32.cardReaders[1].cs;
    expect(refusalOf(esp32, "esp32")).to.deep.equal(['boards/esp32.json: cardReaders[1]: missing required property "cs"']);
  });
});
