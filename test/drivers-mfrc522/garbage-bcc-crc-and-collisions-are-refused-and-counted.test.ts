import { expect } from "chai";
import type { Mfrc522Fault } from "../../hal/virtual/devices/mfrc522";
import { bytes, POLL_MS, readerOnModel } from "./host-fixture";

describe("MFRC522 driver: malformed answers are refused and counted, never a card read", () => {
  const cases: Array<[Mfrc522Fault, string]> = [
    ["garbage", "bad-atqa"],
    ["wrong-bcc", "bad-bcc"],
    ["crc-error", "bad-crc"],
  ];
  for (const [fault, refusal] of cases) {
    it(`${fault} → ${refusal}, reported once per presentation, counted every time`, () => {
      const f = readerOnModel();
      f.model.fault = fault;
      f.model.present(bytes("04112233445566"));
      f.clock.advance(POLL_MS * 5);
      expect(f.cards).to.deep.equal([]);
      expect(f.faults).to.deep.equal([refusal]);
      expect(f.reader.faultCounts()[refusal]).to.equal(5);
    });
  }

  it("two cards in the field collide: refused, then the remaining card reads", () => {
    const f = readerOnModel();
    const first = f.model.present(bytes("04a1b2c3"));
    f.model.present(bytes("04a1b2c4"));
    f.clock.advance(POLL_MS);
    expect(f.cards).to.deep.equal([]);
    expect(f.faults).to.deep.equal(["collision"]);
    f.model.remove(first);
    f.clock.advance(POLL_MS);
    expect(f.cards).to.have.length(1);
  });

  it("a cascade tag without the SAK cascade bit is refused (bad-cascade)", () => {
    const f = readerOnModel();
    f.model.present(bytes("04112233445566"), { atqa: [0x44, 0x00] });
    // A 4-byte UID starting with the cascade tag is forbidden by ISO 14443-3.
    f.model.present(bytes("88112233"));
    f.model.remove(f.model.cards[0]);
    f.clock.advance(POLL_MS);
    expect(f.cards).to.deep.equal([]);
    expect(f.faults).to.deep.equal(["bad-cascade"]);
  });
});
