import { expect } from "chai";
import { bundle, credentialFlash, newIdentity, openCache, USERS } from "./support/fixture";

describe("credential bundle shape", () => {
  const identity = newIdentity();
  const nor = credentialFlash();
  const cache = openCache(nor, identity);
  cache.install(bundle(identity, 1));
  const good = bundle(identity, 2);

  it("refuses a bundle cut anywhere, before erasing anything", () => {
    const erases = nor.counters.erases;
    for (const length of [0, 1, 64, 127, 128, 200, good.length - 4, good.length - 1]) {
      expect(cache.install(good.subarray(0, length)).reason, `length ${length}`).to.equal("truncated");
    }
    expect(nor.counters.erases).to.equal(erases);
    expect(cache.store.version()).to.equal(1);
  });

  it("refuses what is not a bundle, another format, extra bytes, or inconsistent table offsets", () => {
    expect(cache.install(new Uint8Array(good.length).fill(0xff)).reason).to.match(/^malformed/);
    const format = good.slice();
    format[4] = 2;
    expect(cache.install(format).reason).to.match(/^malformed: format/);
    const longer = new Uint8Array(good.length + 4);
    longer.set(good);
    expect(cache.install(longer).reason).to.match(/^malformed/);
    const offsets = good.slice();
    offsets[44] += 1; // one more card entry than the offsets allow
    expect(cache.install(offsets).reason).to.match(/^malformed/);
    expect(cache.store.version()).to.equal(1);
  });

  it("refuses a bundle larger than a slot", () => {
    const many = Array.from({ length: 700 }, (_, i) => ({ ...USERS[0], id: 1000 + i, cards: [(0x10000000 + i).toString(16)], pin: String(100000 + i), duressPin: undefined }));
    expect(cache.install(bundle(identity, 3, many)).reason).to.equal("too-large");
    expect(cache.store.version()).to.equal(1);
  });
});
