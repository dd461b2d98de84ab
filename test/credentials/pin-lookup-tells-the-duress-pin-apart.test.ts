import { expect } from "chai";
import { bundle, credentialFlash, newIdentity, openCache } from "./support/fixture";

describe("credential lookup by PIN", () => {
  const identity = newIdentity();
  const cache = openCache(credentialFlash(), identity);
  cache.install(bundle(identity, 3));

  it("finds the user by their PIN, not under duress", () => {
    const match = cache.store.lookupPin("4821");
    expect(match?.user.id).to.equal(101);
    expect(match?.duress).to.equal(false);
  });

  it("finds the same user by their duress PIN, marked as duress", () => {
    const match = cache.store.lookupPin("4822");
    expect(match?.user.id).to.equal(101);
    expect(match?.duress).to.equal(true);
  });

  it("finds no one for a wrong PIN, a PIN with a digit more or less, or nothing typed", () => {
    for (const pin of ["4823", "48210", "482", "", "1357 "]) expect(cache.store.lookupPin(pin), pin).to.equal(undefined);
    expect(cache.store.lookupPin("1357")?.user.id).to.equal(102);
  });
});
