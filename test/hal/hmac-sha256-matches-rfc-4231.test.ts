import { createHmac } from "node:crypto";
import { expect } from "chai";
import fc from "fast-check";
import { hmacSha256 } from "../../hal/crypto/hmac";
import { sha256 } from "../../hal/crypto/sha256";

function bytesOf(hexText: string): Uint8Array {
  return new Uint8Array(Buffer.from(hexText, "hex"));
}

function repeated(byte: number, count: number): Uint8Array {
  return new Uint8Array(count).fill(byte);
}

function text(value: string): Uint8Array {
  return new Uint8Array(Buffer.from(value, "utf8"));
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** RFC 4231 section 4 test cases (HMAC-SHA-256 column); case 5 is truncated output, left out. */
const RFC_4231_CASES: Array<{ name: string; key: Uint8Array; data: Uint8Array; mac: string }> = [
  {
    name: "1: 20-byte key",
    key: repeated(0x0b, 20),
    data: text("Hi There"),
    mac: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
  },
  {
    name: "2: short key",
    key: text("Jefe"),
    data: text("what do ya want for nothing?"),
    mac: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  },
  {
    name: "3: 50 bytes of 0xdd",
    key: repeated(0xaa, 20),
    data: repeated(0xdd, 50),
    mac: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
  },
  {
    name: "4: 25-byte key",
    key: bytesOf("0102030405060708090a0b0c0d0e0f10111213141516171819"),
    data: repeated(0xcd, 50),
    mac: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
  },
  {
    name: "6: 131-byte key, hashed first",
    key: repeated(0xaa, 131),
    data: text("Test Using Larger Than Block-Size Key - Hash Key First"),
    mac: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  },
  {
    name: "7: 131-byte key and long data",
    key: repeated(0xaa, 131),
    data: text(
      "This is a test using a larger than block-size key and a larger than block-size data. " +
        "The key needs to be hashed before being used by the HMAC algorithm.",
    ),
    mac: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
  },
];

describe("HMAC-SHA-256 built on our SHA-256", () => {
  for (const testCase of RFC_4231_CASES) {
    it(`gives the RFC 4231 result for case ${testCase.name}`, () => {
      expect(hex(hmacSha256(sha256, testCase.key, testCase.data))).to.equal(testCase.mac);
    });
  }

  it("agrees with Node's HMAC for random keys (0..200 bytes, across the block size) and messages", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }), (key, message) => {
        const expected = createHmac("sha256", key).update(message).digest("hex");
        return hex(hmacSha256(sha256, key, message)) === expected;
      }),
      { numRuns: 300 },
    );
  });
});
