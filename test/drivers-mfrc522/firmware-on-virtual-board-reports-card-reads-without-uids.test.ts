import { expect } from "chai";
import { bankWithBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";
import { bytes } from "./host-fixture";

/** The built virtual bundle, its MFRC522 driver talking to the register model over the virtual SPI bus. */
describe("MFRC522 in the firmware on the virtual board", () => {
  const board = shippedBoards().find((b) => b.id === "virtual")!;
  const readerIndex = board.cardReaders.findIndex((r) => r.kind === "mfrc522") + 1;

  it("reports each tap with reader and UID length (4, 7, 10 bytes), never the UID", () => {
    const { bank } = bankWithBundle(board);
    bank.device.powerOn();
    const uids = ["04a1b2c3", "04112233445566", "0401020304050607080a"];
    for (const uid of uids) {
      bank.mfrc522!.present(bytes(uid));
      bank.device.advance(500);
      bank.mfrc522!.remove();
      bank.device.advance(1000);
    }
    const events = eventsIn(bank.device.output);
    expect(events.filter((e) => e.type === "card-read").map((e) => e.detail)).to.deep.equal(
      [32, 56, 80].map((bits) => `reader ${readerIndex} bits ${bits}`),
    );
    expect(events.filter((e) => e.type === "card-removed")).to.have.length(3);
    for (const uid of uids) expect(bank.device.output.toLowerCase()).to.not.include(uid.slice(2));
    expect(bank.device.spi("SPI1").log.length, "the driver really used the SPI bus").to.be.greaterThan(50);
  });

  it("reports the reader failing and coming back", () => {
    const { bank } = bankWithBundle(board);
    bank.device.powerOn();
    bank.device.advance(500);
    bank.mfrc522!.fault = "miso-low";
    bank.device.advance(1000);
    bank.mfrc522!.fault = "none";
    bank.device.advance(5000);
    const events = eventsIn(bank.device.output).filter((e) => e.type.startsWith("reader-"));
    expect(events.map((e) => `${e.type} ${e.detail}`)).to.deep.equal([
      `reader-fault reader ${readerIndex} reader-not-responding`,
      `reader-recovered reader ${readerIndex}`,
    ]);
  });
});
