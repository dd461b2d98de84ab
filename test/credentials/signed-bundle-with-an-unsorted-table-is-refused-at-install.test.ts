import { expect } from "chai";
import { createHash, createHmac } from "node:crypto";
import { readUint32 } from "../../src/credentials/bundle-format";
import { bundle, credentialFlash, newIdentity, openCache } from "./support/fixture";

/**
 * Lookups are binary searches, so a table out of order (a hub bug, signed all the same) only
 * makes some lookups miss. That fails closed, but silently: the board checks the order of the
 * user, card and PIN tables from flash at install and refuses the bundle, keeping the old one.
 */
function resign(bytes: Uint8Array, key: Uint8Array): void {
  let digest = Buffer.alloc(32);
  for (let offset = 128; offset < bytes.length; offset += 1024) {
    digest = createHash("sha256").update(digest).update(bytes.subarray(offset, Math.min(bytes.length, offset + 1024))).digest();
  }
  bytes.set(digest, 64);
  bytes.set(createHmac("sha256", key).update(bytes.subarray(0, 96)).digest(), 96);
}

/** Swaps the first two records of the table at `offset` (each `size` bytes). */
function swapFirstTwo(bytes: Uint8Array, offset: number, size: number): void {
  const first = bytes.slice(offset, offset + size);
  bytes.copyWithin(offset, offset + size, offset + 2 * size);
  bytes.set(first, offset + size);
}

describe("credential bundle with a table out of order", () => {
  const identity = newIdentity();
  const tables: Array<[string, (bytes: Uint8Array) => number, number]> = [
    ["users", () => 128, 21],
    ["card entries", (bytes) => readUint32(bytes, 56), 10],
    ["PIN entries", (bytes) => readUint32(bytes, 60), 10],
  ];

  for (const [name, offsetOf, size] of tables) {
    it(`refuses a signed bundle whose ${name} are not sorted, and keeps the table in force`, () => {
      const nor = credentialFlash();
      const cache = openCache(nor, identity);
      expect(cache.install(bundle(identity, 1)).accepted).to.equal(true);
      const bytes = bundle(identity, 2);
      swapFirstTwo(bytes, offsetOf(bytes), size);
      resign(bytes, identity.key);
      expect(cache.install(bytes)).to.deep.equal({ accepted: false, version: 1, reason: "malformed: unsorted" });
      expect(cache.store.lookupPin("4821")?.user.id).to.equal(101);
      expect(openCache(nor, identity).store.version()).to.equal(1);
    });
  }

  it("accepts the same bundle in order (the check refuses only disorder)", () => {
    const cache = openCache(credentialFlash(), identity);
    const bytes = bundle(identity, 2);
    resign(bytes, identity.key);
    expect(cache.install(bytes).reason).to.equal("installed");
  });
});
