import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs, typeKeys } from "../drivers-keypad/support/inputs-board";
import { counts } from "./support/pulses";

function typeOnWiegand(board: Awaited<ReturnType<typeof bootInputs>>, keys: string, burst: (key: string) => string): void {
  for (const key of keys) {
    board.wiegand.send(burst(key));
    board.device.advance(150);
  }
}

describe("Wiegand keypad bursts", () => {
  it("takes 4-bit bursts as keys of the same PIN entry", async () => {
    const board = await bootInputs();
    typeOnWiegand(board, "12*4590#", WiegandReader.keypad4);
    expect(board.results()).to.deep.equal(["cleared:star", "entry:4590"]);
    expect(counts(board)).to.include({ keys: 8 });
  });

  it("takes 8-bit bursts (complement, then nibble) as keys", async () => {
    const board = await bootInputs();
    typeOnWiegand(board, "0369#", WiegandReader.keypad8);
    expect(board.results()).to.deep.equal(["entry:0369"]);
  });

  it("shares one PIN entry with the matrix keypad", async () => {
    const board = await bootInputs();
    typeKeys(board, "12");
    typeOnWiegand(board, "34#", WiegandReader.keypad4);
    expect(board.results()).to.deep.equal(["entry:1234"]);
  });
});
