import { expect } from "chai";
import { bundle, credentialFlash, hex, newIdentity, openCache } from "./support/fixture";

/** The anchor bug: the number printed on a card, typed on the keypad, was accepted as the PIN. */
describe("a card number typed as a PIN", () => {
  it("never matches: cards and PINs are hashed under different domains and searched in different tables", () => {
    const identity = newIdentity();
    const cache = openCache(credentialFlash(), identity);
    // A user whose card UID is the same digits as another user's PIN, and as their own.
    const users = [
      { id: 1, role: "sro" as const, lockers: [1], cards: ["12345678"], pin: "87654321" },
      { id: 2, role: "sro" as const, lockers: [2], cards: ["00bc614e"], pin: "55555555" },
    ];
    cache.install(bundle(identity, 1, users));
    expect(cache.store.lookupCard(hex("12345678"))?.id).to.equal(1);
    // The hex UID's digits, the UID as a decimal number (as printed on 26/34-bit cards), both typed.
    expect(cache.store.lookupPin("12345678")).to.equal(undefined);
    expect(cache.store.lookupPin(String(0x12345678))).to.equal(undefined);
    expect(cache.store.lookupPin(String(0x00bc614e))).to.equal(undefined); // 12345678 in decimal
    // And a PIN presented as card bytes does not match either.
    expect(cache.store.lookupCard(new Uint8Array(Buffer.from("87654321", "ascii")))).to.equal(undefined);
    expect(cache.store.lookupPin("87654321")?.user.id).to.equal(1);
  });
});
