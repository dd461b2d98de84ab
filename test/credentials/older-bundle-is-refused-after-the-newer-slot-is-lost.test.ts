import { expect } from "chai";
import { bundle, credentialFlash, hex, newIdentity, openCache, SLOT_B, USERS } from "./support/fixture";

/**
 * Version 5 still holds a user the hub revoked in version 6. Once 6 was in force, losing its
 * slot (torn, corrupted, erased) must not bring 5 back, from flash or from the inbox: the board
 * runs with no credentials until a bundle at least as new as 6 arrives.
 */
describe("credential version floor", () => {
  const identity = newIdentity();
  const revoked = { id: 666, role: "sro" as const, lockers: [1], cards: ["0dd0dd0d"] };
  const v5 = bundle(identity, 5, [...USERS, revoked]);
  const v6 = bundle(identity, 6, USERS);

  function withV5ThenV6() {
    const nor = credentialFlash();
    const cache = openCache(nor, identity);
    expect(cache.install(v5).accepted).to.equal(true);
    expect(cache.install(v6).accepted).to.equal(true);
    expect(cache.store.lookupCard(hex("0dd0dd0d"))).to.equal(undefined);
    return nor;
  }

  const damages: Array<[string, (image: Uint8Array) => void]> = [
    ["its header corrupted", (image) => (image[SLOT_B.start - 0x10000 + 8 + 20] ^= 0x01)],
    ["its slot erased", (image) => image.fill(0xff, SLOT_B.start - 0x10000, SLOT_B.start - 0x10000 + SLOT_B.size)],
  ];

  for (const [what, damage] of damages) {
    it(`boots with no credentials, not version 5, when version 6 has ${what}`, () => {
      const nor = withV5ThenV6();
      const image = nor.snapshot();
      damage(image);
      nor.restore(image);
      const cache = openCache(nor, identity);
      expect(cache.store.version()).to.equal(0);
      expect(cache.store.lookupCard(hex("0dd0dd0d"))).to.equal(undefined);
      expect(cache.store.lookupPin("4821")).to.equal(undefined);
      expect(cache.refusedAtOpen).to.equal("rolled-back");
    });
  }

  it("refuses version 5 offered again, and takes version 6 or newer back", () => {
    const nor = withV5ThenV6();
    const image = nor.snapshot();
    image.fill(0xff, SLOT_B.start - 0x10000, SLOT_B.start - 0x10000 + SLOT_B.size);
    nor.restore(image);
    const cache = openCache(nor, identity);
    expect(cache.install(v5)).to.deep.equal({ accepted: false, version: 0, reason: "not-newer" });
    expect(openCache(nor, identity).store.version()).to.equal(0);
    expect(cache.install(v6).accepted).to.equal(true);
    expect(cache.store.lookupPin("4821")?.user.id).to.equal(101);
    expect(openCache(nor, identity).store.version()).to.equal(6);
  });
});
