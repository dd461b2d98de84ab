import { expect } from "chai";
import { bundle, credentialFlash, hex, newIdentity, openCache } from "./support/fixture";

describe("credential bundle authenticity", () => {
  const identity = newIdentity();

  function cacheWithVersion1() {
    const cache = openCache(credentialFlash(), identity);
    cache.install(bundle(identity, 1));
    return cache;
  }

  it("refuses a bundle signed with another key", () => {
    const cache = cacheWithVersion1();
    const other = newIdentity(identity.id);
    expect(cache.install(bundle(other, 2)).reason).to.equal("bad-signature");
    expect(cache.store.version()).to.equal(1);
  });

  it("refuses an unsigned bundle (signature bytes zero or erased)", () => {
    const cache = cacheWithVersion1();
    for (const fill of [0, 0xff]) {
      const bytes = bundle(identity, 2);
      bytes.fill(fill, 96, 128);
      expect(cache.install(bytes).reason).to.equal("bad-signature");
    }
  });

  it("refuses a signed header whose version was raised by hand", () => {
    const cache = cacheWithVersion1();
    const bytes = bundle(identity, 2);
    bytes[8] = 9;
    expect(cache.install(bytes).reason).to.equal("bad-signature");
  });

  it("refuses a body changed after signing (a card added) and keeps the old table answering", () => {
    const cache = cacheWithVersion1();
    const bytes = bundle(identity, 2);
    bytes[bytes.length - 12] ^= 0x01;
    expect(cache.install(bytes)).to.deep.equal({ accepted: false, version: 1, reason: "bad-digest" });
    expect(cache.store.lookupCard(hex("deadbeef"))?.id).to.equal(101);
  });
});
