import { join } from "node:path";
import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { bundleForEspruino } from "../../scripts/build";
import { eventsIn, shippedBoards } from "../boot/boot-fixture";
import { bytes } from "./host-fixture";

/**
 * The driver compiled for Espruino (support/reader-entry.js), run by the virtual board's
 * interpreter, talking to the register-level model through the board's SPI1 and chip select.
 */
describe("MFRC522 driver bundle on the virtual board", () => {
  const board = shippedBoards().find((b) => b.id === "virtual")!;
  const bundle = bundleForEspruino({ entry: join(__dirname, "support", "reader-entry.js"), board }).then((b) => b.code);

  it("reads 4, 7 and 10-byte UIDs in full over the virtual SPI bus, and a chip that goes silent", async () => {
    const bank = new LockerBank({ board });
    bank.device.installBundle(await bundle);
    bank.device.powerOn();
    for (const uid of ["04a1b2c3", "04112233445566", "0401020304050607080a"]) {
      bank.mfrc522!.present(bytes(uid));
      bank.device.advance(300);
      expect(bank.device.evaluate("readers[1].isCardPresent()")).to.equal(true);
      bank.mfrc522!.remove();
      bank.device.advance(1000);
    }
    bank.mfrc522!.fault = "miso-high";
    bank.device.advance(1000);
    const events = eventsIn(bank.device.output).map((e) => `${e.type} ${e.detail}`);
    expect(events).to.deep.equal([
      "card-read reader 2 bits 32",
      "card-removed reader 2",
      "card-read reader 2 bits 56",
      "card-removed reader 2",
      "card-read reader 2 bits 80",
      "card-removed reader 2",
      "reader-fault reader 2 reader-not-responding",
    ]);
    expect(bank.device.spi("SPI1").log.every((t) => t.selected.length === 0 || t.selected[0] === "D28")).to.equal(true);
    expect(bank.device.output).to.not.contain("Uncaught");
  });
});
