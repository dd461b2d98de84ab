import { createHash } from "node:crypto";
import { expect } from "chai";
import fc from "fast-check";
import { createSha256, sha256 } from "../../hal/crypto/sha256";

function nodeSha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

describe("our SHA-256 gives the same digest as Node's crypto", () => {
  it("for the FIPS 180-2 examples", () => {
    expect(hex(sha256(new Uint8Array(0)))).to.equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256(Buffer.from("abc")))).to.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(Buffer.from("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).to.equal(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("for every length around the padding boundaries (0..200 bytes)", () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha256(bytes)), `length ${length}`).to.equal(nodeSha256(bytes));
    }
  });

  it("for random messages", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => hex(sha256(bytes)) === nodeSha256(bytes)),
      { numRuns: 300 },
    );
  });

  it("when the message is fed in arbitrary chunks", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(130), { maxLength: 8 }), (bytes, cuts) => {
        const hasher = createSha256();
        let offset = 0;
        for (const cut of cuts) {
          const end = Math.min(bytes.length, offset + cut);
          hasher.update(bytes.subarray(offset, end));
          offset = end;
        }
        hasher.update(bytes.subarray(offset));
        return hex(hasher.digest()) === nodeSha256(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses to be used after its digest was taken", () => {
    const hasher = createSha256();
    hasher.digest();
    expect(() => hasher.update(new Uint8Array(1))).to.throw(/already taken/);
    expect(() => hasher.digest()).to.throw(/already taken/);
  });
});
