import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: buses without a device", () => {
  it("SPI reads 0xFF when nothing is selected; a selected device answers", () => {
    const board = bootWith("");
    expect(board.evaluate("SPI1.send([1, 2], D28).join()")).to.equal("255,255");
    board.spi("SPI1").attach(board.pin("D28"), { transfer: (mosi) => mosi.map((b) => b + 1) });
    expect(board.evaluate("SPI1.send(new Uint8Array([1, 2]), D28).join()")).to.equal("2,3");
    expect(board.pin("D28").level).to.equal(1); // nss released after the transfer
  });

  it("I2C to an address with no device throws", () => {
    const board = bootWith("");
    expect(() => board.evaluate("I2C1.readFrom(0x50, 2)")).to.throw(/I2C device not responding/);
  });
});
