import { expect } from "chai";
import { validateBoard } from "../../scripts/build/boards";
import { refusalOf, shippedBoard } from "./shipped-board";

describe("boards: the id", () => {
  it("must match the file name", () => {
    const esp32 = shippedBoard("esp32");
    esp32.id = "esp32-devkit";
    expect(refusalOf(esp32, "esp32")).to.deep.equal([
      'boards/esp32.json: id "esp32-devkit" does not match the file name (expected "esp32")',
    ]);
  });

  it("is refused in a copy of a valid board saved under another name", () => {
    const result = validateBoard(shippedBoard("virtual"), "boards/virtual-2.json");
    expect(result.errors).to.deep.equal(['boards/virtual-2.json: id "virtual" does not match the file name (expected "virtual-2")']);
  });
});
