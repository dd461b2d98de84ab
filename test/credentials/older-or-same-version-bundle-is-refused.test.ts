import { expect } from "chai";
import { bundle, credentialFlash, newIdentity, openCache } from "./support/fixture";

describe("credential bundle versions", () => {
  it("refuses an older or equal version and keeps the one in force, also after a reboot", () => {
    const identity = newIdentity();
    const nor = credentialFlash();
    const cache = openCache(nor, identity);
    expect(cache.install(bundle(identity, 5)).accepted).to.equal(true);
    const erases = nor.counters.erases;
    for (const version of [4, 5, 1]) {
      expect(cache.install(bundle(identity, version))).to.deep.equal({ accepted: false, version: 5, reason: "not-newer" });
    }
    expect(nor.counters.erases, "a refused bundle erases nothing").to.equal(erases);
    expect(openCache(nor, identity).store.version()).to.equal(5);
    expect(cache.install(bundle(identity, 6)).version).to.equal(6);
    expect(openCache(nor, identity).store.version()).to.equal(6);
  });
});
