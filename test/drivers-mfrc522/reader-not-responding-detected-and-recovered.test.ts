import { expect } from "chai";
import type { Mfrc522Fault } from "../../hal/virtual/devices/mfrc522";
import { bytes, POLL_MS, readerOnModel } from "./host-fixture";

describe("MFRC522 driver: a chip that stops answering", () => {
  for (const fault of ["miso-high", "miso-low", "stuck"] as Mfrc522Fault[]) {
    it(`${fault}: reports reader-not-responding once, retries, recovers when it answers`, () => {
      const f = readerOnModel({}, { retryMs: 1000 });
      f.clock.advance(POLL_MS);
      f.model.fault = fault;
      f.clock.advance(POLL_MS * 30);
      expect(f.faults).to.deep.equal(["reader-not-responding"]);
      expect(f.reader.isResponding()).to.equal(false);
      f.model.fault = "none";
      f.model.present(bytes("04112233445566"));
      f.clock.advance(1000 + POLL_MS);
      expect(f.recoveries).to.have.length(1);
      expect(f.reader.isResponding()).to.equal(true);
      f.clock.advance(POLL_MS);
      expect(f.cards.map((c) => c.bits)).to.deep.equal([56]);
    });
  }

  it("a chip absent at power-on is reported at once and picked up when it appears", () => {
    const f = readerOnModel({}, { retryMs: 500 }, (model) => {
      model.fault = "miso-high";
    });
    expect(f.faults).to.deep.equal(["reader-not-responding"]);
    f.model.fault = "none";
    f.clock.advance(600);
    expect(f.reader.isResponding()).to.equal(true);
    expect(f.reader.version()).to.equal(0x92);
  });

  it("while down it does not hammer the bus: one version read per retry", () => {
    const f = readerOnModel({}, { retryMs: 1000 });
    f.model.fault = "stuck";
    f.clock.advance(POLL_MS);
    const before = f.reader.transfers();
    f.clock.advance(999);
    expect(f.reader.transfers() - before).to.equal(0);
  });
});
