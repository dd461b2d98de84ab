import { expect } from "chai";
import { bundle, credentialFlash, hex, newIdentity, openCache, SLOT_B, USERS } from "./support/fixture";

/**
 * The header's signature covers the body only through its digest: a slot whose body changed
 * after install (bit rot, a tampered dump written back) still has a valid header. The digest is
 * checked once at boot for the slot chosen; on a mismatch the board runs with no credentials
 * (never with entries nobody signed) and says why.
 */
describe("credential table body digest at boot", () => {
  it("boots with no credentials and reason bad-digest when the body in force was changed", () => {
    const identity = newIdentity();
    const nor = credentialFlash();
    const cache = openCache(nor, identity);
    expect(cache.install(bundle(identity, 1)).accepted).to.equal(true);
    expect(cache.install(bundle(identity, 2)).accepted).to.equal(true);
    expect(openCache(nor, identity).refusedAtOpen).to.equal(undefined);

    const image = nor.snapshot();
    // In slot B (version 2), past the 128-byte header: a user record's locker bits.
    image[SLOT_B.start - 0x10000 + 8 + 128 + 6] ^= 0x04;
    nor.restore(image);
    const rebooted = openCache(nor, identity);
    expect(rebooted.refusedAtOpen).to.equal("bad-digest");
    expect(rebooted.store.version()).to.equal(0);
    expect(rebooted.store.lookupCard(hex("0badcafe"))).to.equal(undefined);
    expect(rebooted.store.lookupPin("4821")).to.equal(undefined);
  });

  it("keeps a table whose body is intact (the check costs reads, not a refusal)", () => {
    const identity = newIdentity();
    const nor = credentialFlash();
    openCache(nor, identity).install(bundle(identity, 3, USERS));
    const rebooted = openCache(nor, identity);
    expect(rebooted.refusedAtOpen).to.equal(undefined);
    expect(rebooted.store.lookupPin("4821")?.user.id).to.equal(101);
  });
});
