import { expect } from "chai";
import { buildBundle, BundleSpecError } from "../../scripts/credentials/bundle-builder";
import { newIdentity } from "./support/fixture";

/** A PIN identifies its user at a PIN-class locker: two users with one PIN would be ambiguous. */
describe("bundle builder", () => {
  const identity = newIdentity();
  const build = (users: Parameters<typeof buildBundle>[0]["users"]) => () =>
    buildBundle({ deviceId: identity.id, version: 1, issuedAt: 0, users }, identity.key);

  it("refuses the same PIN for two users, a duress PIN equal to another's PIN, and one card twice", () => {
    expect(build([{ id: 1, role: "sro", lockers: [1], pin: "1234" }, { id: 2, role: "sro", lockers: [1], pin: "1234" }])).to.throw(BundleSpecError, /PINs: .*user 1.*user 2|PINs: .*user 2.*user 1/);
    expect(build([{ id: 1, role: "sro", lockers: [1], pin: "1234", duressPin: "5678" }, { id: 2, role: "sro", lockers: [1], pin: "5678" }])).to.throw(BundleSpecError, /same credential/);
    expect(build([{ id: 1, role: "sro", lockers: [1], cards: ["aabbccdd"] }, { id: 2, role: "sro", lockers: [1], cards: ["AABBCCDD"] }])).to.throw(BundleSpecError, /cards/);
  });

  it("names the user and field for bad input", () => {
    expect(build([{ id: 3, role: "sro", lockers: [33] }])).to.throw(/user 3: locker 33/);
    expect(build([{ id: 4, role: "sro", lockers: [1], pin: "12a4" }])).to.throw(/user 4: a PIN is 4-12 digits/);
    expect(build([{ id: 5, role: "sro", lockers: [1], schedule: [{ days: "weekdays", start: "22:00", end: "02:00" }] }])).to.throw(/user 5: window/);
  });
});
