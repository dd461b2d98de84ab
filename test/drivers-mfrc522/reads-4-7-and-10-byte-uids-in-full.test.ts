import { expect } from "chai";
import { bytes, hex, POLL_MS, readerOnModel } from "./host-fixture";

describe("MFRC522 driver: full UIDs through every cascade level", () => {
  for (const uid of ["04a1b2c3", "04112233445566", "0401020304050607080a"]) {
    it(`reads a ${uid.length / 2}-byte UID whole (${uid.length * 4} bits)`, () => {
      const f = readerOnModel();
      f.model.present(bytes(uid));
      f.clock.advance(POLL_MS);
      expect(f.cards).to.have.length(1);
      expect(hex(f.cards[0].uid)).to.equal(uid);
      expect(f.cards[0].bits).to.equal(uid.length * 4);
      expect(f.cards[0].source).to.equal("mfrc522");
      expect(f.cards[0].reader).to.equal(1);
      expect(f.faults).to.deep.equal([]);
    });
  }

  it("sends SEL 0x93, 0x95, 0x97 for a 10-byte UID and halts the card", () => {
    const f = readerOnModel();
    const afterInit = f.model.frames.length;
    f.model.present(bytes("0401020304050607080a"));
    f.clock.advance(POLL_MS);
    const commands = f.model.frames.slice(afterInit).map((fr) => hex(fr.bytes.slice(0, 2)));
    expect(commands).to.deep.equal(["52", "9320", "9370", "9520", "9570", "9720", "9770", "5000"]);
  });

  it("reads a card only once while it stays in the field", () => {
    const f = readerOnModel();
    f.model.present(bytes("04112233445566"));
    f.clock.advance(POLL_MS * 20);
    expect(f.cards).to.have.length(1);
    expect(f.removals).to.deep.equal([]);
  });
});
