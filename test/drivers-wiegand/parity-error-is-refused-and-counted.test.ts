import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

function flip(bits: string, index: number): string {
  return bits.slice(0, index) + (bits[index] === "1" ? "0" : "1") + bits.slice(index + 1);
}

describe("Wiegand: parity", () => {
  it("refuses a 26-bit frame with any one bit flipped, counting each", async () => {
    const board = await bootInputs();
    const good = WiegandReader.frame26(10, 12345);
    for (let i = 0; i < 26; i++) {
      board.wiegand.send(flip(good, i));
      board.device.advance(100);
    }
    expect(board.results()).to.deep.equal(new Array(26).fill("fault:wiegand:parity"));
    expect(counts(board)).to.include({ cards: 0, parity: 26 });
  });

  it("refuses a 34-bit frame with a flipped bit in either half", async () => {
    const board = await bootInputs();
    const good = WiegandReader.frame34(0x12345678);
    for (const i of [0, 5, 16, 17, 30, 33]) {
      board.wiegand.send(flip(good, i));
      board.device.advance(100);
    }
    expect(board.results()).to.deep.equal(new Array(6).fill("fault:wiegand:parity"));
    expect(counts(board)).to.include({ cards: 0, parity: 6 });
  });
});
