import { crc32 as zlibCrc32 } from "node:zlib";
import { expect } from "chai";
import fc from "fast-check";
import { crc32 } from "../../hal/crypto/crc32";

describe("our CRC-32 (the host stand-in for E.CRC32)", () => {
  it("gives the standard check value for \"123456789\"", () => {
    expect(crc32(new Uint8Array(Buffer.from("123456789")))).to.equal(0xcbf43926);
  });

  it("agrees with zlib for random data, as an unsigned number", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  });
});
