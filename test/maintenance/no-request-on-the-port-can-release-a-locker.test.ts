import { expect } from "chai";
import fc from "fast-check";
import { crc32 } from "../../hal/crypto/crc32";
import type { LockerBank } from "../../hal/virtual/locker-bank";
import { encodeFrame } from "../../src/maintenance/frame";
import { anyLockEverReleased, maintenanceBank } from "./support/maintenance-board";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("maintenance port fuzzed on the virtual board (production build)", () => {
  let bank: LockerBank;
  before(async () => {
    bank = await maintenanceBank({ production: true, records: 20 });
  });
  after(() => bank.device.dispose());

  it("random bytes never drive a lock output active and never reach the REPL", () => {
    const usb = bank.device.serial("USB");
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 6 }), (chunks) => {
        for (const chunk of chunks) usb.receive(latin1(chunk));
        bank.device.advance(1500);
        expect(anyLockEverReleased(bank)).to.equal(false);
      }),
      { numRuns: 300, seed: 21 },
    );
    expect(bank.device.runtime.consoleDevice).to.equal(null);
  });

  it("well-formed frames of every type with random payloads never drive a lock output active", () => {
    const usb = bank.device.serial("USB");
    const before = usb.written.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 32 }), (type, tag, payload) => {
        usb.receive(latin1(encodeFrame(type, tag, payload, crc32)));
        bank.device.advance(50);
        expect(anyLockEverReleased(bank)).to.equal(false);
      }),
      { numRuns: 500, seed: 22 },
    );
    expect(usb.written.length, "the port answered").to.be.greaterThan(before);
    expect(bank.locks.every((lock) => lock.drivenSecured)).to.equal(true);
  });
});
