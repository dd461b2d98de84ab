import { expect } from "chai";
import { NorFlash } from "../../hal/virtual/flash/nor-flash";
import { buildBundle } from "../../scripts/credentials/bundle-builder";
import { openCredentialCache } from "../../src/credentials/credential-cache";
import { createMemoryState } from "../../src/persist/memory-state";
import { createFlashArea } from "../../src/persist/byte-area";
import { crypto, hostFlashPages } from "../persist/support/host-flash";
import { newIdentity } from "./support/fixture";

describe("credential lookup cost", () => {
  it("reads flash at most log2(entries) + 3 times per lookup, hit or miss, at 1,000 users", () => {
    const nor = new NorFlash({ base: 0, regions: [{ start: 0, size: 0x20000, eraseUnit: 4096 }] });
    const pages = hostFlashPages(nor);
    const identity = newIdentity();
    const cache = openCredentialCache({ slots: [createFlashArea(pages, 0, 0x10000), createFlashArea(pages, 0x10000, 0x10000)], identity, crypto, state: createMemoryState() });
    const uid = (i: number) => (0x20000000 + i * 104729).toString(16);
    const users = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, role: "sro" as const, lockers: [1], cards: [uid(i)], pin: String(5_000_000 + i) }));
    expect(cache.install(buildBundle({ deviceId: identity.id, version: 1, issuedAt: 0, users }, identity.key)).accepted).to.equal(true);

    const bound = Math.ceil(Math.log2(1000 + 1)) + 3; // search steps, user record, schedule
    let worst = 0;
    for (let i = 0; i < 1000; i += 37) {
      nor.resetCounters();
      expect(cache.store.lookupCard(Buffer.from(uid(i), "hex"))?.id).to.equal(i + 1);
      expect(cache.store.lookupPin(String(5_000_000 + i))?.user.id).to.equal(i + 1);
      expect(cache.store.lookupCard(Buffer.from((0x30000000 + i).toString(16), "hex"))).to.equal(undefined);
      worst = Math.max(worst, nor.counters.reads / 3);
    }
    expect(worst).to.be.at.most(bound);
    expect(worst).to.be.at.least(5); // it does search, not scan a cache in RAM
  });
});
