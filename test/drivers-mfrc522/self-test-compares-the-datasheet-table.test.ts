import { expect } from "chai";
import { SELF_TEST_REFERENCE } from "../../hal/virtual/devices/mfrc522-registers";
import { bytes, POLL_MS, readerOnModel } from "./host-fixture";

describe("MFRC522 driver: digital self-test (data sheet §16.1.1)", () => {
  for (const version of [0x91, 0x92]) {
    it(`passes on a healthy version 0x${version.toString(16)} chip and reads cards afterwards`, () => {
      const f = readerOnModel({ version });
      expect(f.reader.selfTest()).to.equal("pass");
      expect(f.model.register(0x36) & 0x0f, "AutoTestReg back to normal").to.equal(0);
      f.model.present(bytes("04a1b2c3"));
      f.clock.advance(POLL_MS);
      expect(f.cards).to.have.length(1);
    });
  }

  it("fails when one byte of the 64 differs, and counts it", () => {
    const f = readerOnModel({ version: 0x92 });
    f.model.fault = "self-test";
    expect(f.reader.selfTest()).to.equal("fail");
    expect(f.faults).to.deep.equal(["self-test-failed"]);
    expect(f.reader.faultCounts()["self-test-failed"]).to.equal(1);
  });

  it("says no-reference for a chip version without a published table (clone 0x88)", () => {
    const f = readerOnModel({ version: 0x88 });
    expect(f.reader.selfTest()).to.equal("no-reference");
  });

  it("the two tables differ: a v1.0 table on a v2.0 chip would fail", () => {
    expect(SELF_TEST_REFERENCE[0x91]).to.have.length(64);
    expect(SELF_TEST_REFERENCE[0x92]).to.have.length(64);
    expect(SELF_TEST_REFERENCE[0x91]).to.not.deep.equal(SELF_TEST_REFERENCE[0x92]);
  });
});
