import { expect } from "chai";
import { bundle, credentialFlash, hex, newIdentity, openCache } from "./support/fixture";

describe("credential lookup by card", () => {
  const identity = newIdentity();
  const cache = openCache(credentialFlash(), identity);
  expect(cache.install(bundle(identity, 1)).reason).to.equal("installed");

  it("finds the holder of each card, with role, lockers, flags, validity and schedule", () => {
    for (const uid of ["04a1b2c3d4e5f6", "deadbeef"]) {
      const user = cache.store.lookupCard(hex(uid));
      expect(user).to.deep.equal({
        id: 101, role: "sro", flags: 2, lockers: 1, validFrom: 0, validUntil: 0,
        schedule: [{ days: 0x3e, startMinute: 420, endMinute: 1050 }],
      });
    }
    expect(cache.store.lookupCard(hex("0badcafe"))?.id).to.equal(102);
    expect(cache.store.lookupCard(hex("0badcafe"))?.lockers).to.equal(3);
    expect(cache.store.lookupCard(hex("0badcafe"))?.validUntil).to.equal(Date.parse("2030-06-30T00:00:00Z") / 1000);
  });

  it("finds no one for an unknown card, a card differing in one bit, or an empty UID", () => {
    expect(cache.store.lookupCard(hex("04a1b2c3d4e5f7"))).to.equal(undefined);
    expect(cache.store.lookupCard(hex("deadbeee"))).to.equal(undefined);
    expect(cache.store.lookupCard(new Uint8Array(0))).to.equal(undefined);
  });

  it("finds users by id (the policy's second-person check and the audit)", () => {
    expect(cache.store.user(7)?.role).to.equal("administrator");
    expect(cache.store.user(900)?.validFrom).to.equal(1_700_000_000);
    expect(cache.store.user(8)).to.equal(undefined);
    expect(cache.store.userCount()).to.equal(4);
  });
});
