import { expect } from "chai";
import { bytes, POLL_MS, readerOnModel } from "./host-fixture";

describe("MFRC522 driver: card arrival and removal", () => {
  it("reports removal after two silent polls, then reads the next tap again", () => {
    const f = readerOnModel();
    const card = f.model.present(bytes("04a1b2c3"));
    f.clock.advance(POLL_MS);
    expect(f.cards).to.have.length(1);
    f.model.remove(card);
    f.clock.advance(POLL_MS);
    expect(f.removals, "one silent poll is not yet a removal").to.deep.equal([]);
    f.clock.advance(POLL_MS);
    expect(f.removals).to.deep.equal([3 * POLL_MS]);
    expect(f.reader.isCardPresent()).to.equal(false);
    f.model.present(bytes("04a1b2c3"));
    f.clock.advance(POLL_MS);
    expect(f.cards).to.have.length(2);
  });

  it("a different card swapped in between two polls counts as removal and a new read", () => {
    const f = readerOnModel({}, { removalMisses: 1 });
    f.model.present(bytes("04a1b2c3"));
    f.clock.advance(POLL_MS);
    f.model.remove();
    f.model.present(bytes("04112233445566"));
    f.clock.advance(2 * POLL_MS);
    expect(f.removals).to.have.length(1);
    expect(f.cards.map((c) => c.bits)).to.deep.equal([32, 56]);
  });

  it("a card left in the field is halted after each check, never read twice", () => {
    const f = readerOnModel();
    const card = f.model.present(bytes("0401020304050607080a"));
    f.clock.advance(POLL_MS * 10);
    expect(card.currentState).to.equal("halt");
    expect(f.cards).to.have.length(1);
  });
});
