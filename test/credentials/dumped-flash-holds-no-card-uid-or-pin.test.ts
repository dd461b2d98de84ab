import { expect } from "chai";
import { bundle, credentialFlash, newIdentity, openCache, USERS } from "./support/fixture";

describe("a dumped credential table", () => {
  it("contains no card UID and no PIN, in binary or as text", () => {
    const identity = newIdentity();
    const nor = credentialFlash();
    openCache(nor, identity).install(bundle(identity, 1));
    const image = Buffer.from(nor.snapshot());
    for (const user of USERS) {
      for (const card of user.cards ?? []) {
        expect(image.indexOf(Buffer.from(card, "hex")), card).to.equal(-1);
        expect(image.indexOf(Buffer.from(card, "ascii")), card).to.equal(-1);
      }
      for (const pin of [user.pin, user.duressPin]) {
        if (pin !== undefined) expect(image.indexOf(Buffer.from(pin, "ascii")), pin).to.equal(-1);
      }
    }
    expect(image.indexOf(Buffer.from(identity.key))).to.equal(-1);
  });
});
