import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bankWithBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

describe("Firmware: keypad and Wiegand events", () => {
  it("logs PIN entries by length and cards by reader and bit count, never the digits or the card number", async () => {
    const board = shippedBoards().find((b) => b.id === "virtual")!;
    const { bank } = bankWithBundle(board);
    bank.device.powerOn();
    bank.device.advance(500);
    for (const key of "4821#") {
      bank.keypad!.press(key);
      bank.device.advance(80);
      bank.keypad!.release(key);
      bank.device.advance(120);
    }
    bank.wiegand[0].send(WiegandReader.frame26(77, 31337));
    bank.device.advance(200);
    bank.wiegand[0].send(WiegandReader.frame26(77, 31337).replace(/^./, (b) => (b === "1" ? "0" : "1")));
    bank.device.advance(200);
    bank.keypad!.press("1");
    bank.keypad!.press("2");
    bank.device.advance(200);
    bank.keypad!.releaseAll();
    bank.device.advance(200);

    const events = eventsIn(bank.device.output).filter((e) => ["pin-entered", "card-read", "card-refused", "key-fault"].includes(e.type));
    expect(events.map((e) => [e.type, e.reason, e.detail])).to.deep.equal([
      ["pin-entered", undefined, "length 4"],
      ["card-read", undefined, "reader 1 bits 26"],
      ["card-refused", "parity", "reader 1"],
      ["key-fault", "two-keys", undefined],
    ]);
    expect(bank.device.output).not.to.match(/4821|31337|7a69|4d7a/i);
    bank.device.dispose();
  });
});
