import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";

describe("Wiegand: 34-bit card frame", () => {
  it("reads the 32 data bits as four big-endian bytes", async () => {
    const board = await bootInputs();
    for (const data of [0xdeadbeef, 0x00000001, 0x80000000, 0xffffffff]) {
      board.wiegand.send(WiegandReader.frame34(data));
      board.device.advance(200);
    }
    expect(board.results()).to.deep.equal(["card:0:34:deadbeef", "card:0:34:00000001", "card:0:34:80000000", "card:0:34:ffffffff"]);
  });
});
