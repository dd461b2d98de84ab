import { expect } from "chai";
import { bundle, credentialFlash, newIdentity, openCache } from "./support/fixture";

describe("credential bundle device", () => {
  it("refuses a bundle correctly signed with this key but built for another device id", () => {
    const identity = newIdentity("bank-east-2");
    const cache = openCache(credentialFlash(), identity);
    cache.install(bundle(identity, 1));
    expect(cache.install(bundle(identity, 2, undefined, "bank-west-1"))).to.deep.equal({ accepted: false, version: 1, reason: "wrong-device" });
    expect(cache.store.version()).to.equal(1);
  });
});
