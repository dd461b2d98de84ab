import { expect } from "chai";
import { createHash, createHmac } from "node:crypto";
import { bundle, credentialFlash, hex, newIdentity, openCache } from "./support/fixture";

/**
 * A bundle can be authentic and still inconsistent (a hub bug): a user's first-window index
 * pointing past the windows table. The lookup runs inside a card or keypad callback, so it must
 * refuse that user (fail closed) rather than throw out of the reader's event handler.
 */
function resign(bytes: Uint8Array, key: Uint8Array): void {
  let digest = Buffer.alloc(32);
  for (let offset = 128; offset < bytes.length; offset += 1024) {
    digest = createHash("sha256").update(digest).update(bytes.subarray(offset, Math.min(bytes.length, offset + 1024))).digest();
  }
  bytes.set(digest, 64);
  bytes.set(createHmac("sha256", key).update(bytes.subarray(0, 96)).digest(), 96);
}

describe("credential table: a signed user record whose schedule lies outside the windows table", () => {
  it("is refused on lookup by card and by PIN, without an exception, while other users still match", () => {
    const identity = newIdentity();
    const cache = openCache(credentialFlash(), identity);
    const bytes = bundle(identity, 1);
    // Users sorted by id: 7, 101, 102, 900. Officer Diaz (101, index 1) has one window.
    const firstWindow = 128 + 1 * 21 + 18;
    bytes[firstWindow] = 0xff;
    bytes[firstWindow + 1] = 0xff;
    resign(bytes, identity.key);
    expect(cache.install(bytes).reason).to.equal("installed");
    expect(() => cache.store.lookupCard(hex("deadbeef"))).to.not.throw();
    expect(cache.store.lookupCard(hex("deadbeef"))).to.equal(undefined);
    expect(cache.store.lookupPin("4821")).to.equal(undefined);
    expect(cache.store.user(101)).to.equal(undefined);
    expect(cache.store.lookupCard(hex("0badcafe"))).to.include({ id: 102 });
  });
});
