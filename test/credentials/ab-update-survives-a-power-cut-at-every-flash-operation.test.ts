import { expect } from "chai";
import { PowerCutError, type PowerCutMode } from "../../hal/virtual/flash/nor-flash";
import { bundle, credentialFlash, hex, newIdentity, openCache, USERS } from "./support/fixture";

/**
 * Version n's table holds a marker card "c0de000n". Starting with version 1 in force, versions
 * 2 then 3 are installed (3 overwrites the slot 1 was in). After a cut at any flash operation,
 * in any mode, the table in force must be exactly one complete version: the last one installed
 * or the one being installed, with its marker card and no other version's.
 */
describe("A/B credential update under power cuts (host flash model)", () => {
  const identity = newIdentity();
  const bundles = [1, 2, 3].map((v) => bundle(identity, v, [...USERS, { id: 5000 + v, role: "sro", lockers: [2], cards: [`c0de000${v}`] }]));
  const nor = credentialFlash();
  openCache(nor, identity).install(bundles[0]);
  const image = nor.snapshot();

  function installBoth(): number {
    const cache = openCache(nor, identity);
    let done = 1;
    try {
      for (const next of bundles.slice(1)) {
        const result = cache.install(next);
        // On the host the cut surfaces as a refused install; on a board nothing runs after it.
        if (nor.powerFailed) break;
        expect(result.accepted, result.reason).to.equal(true);
        done++;
      }
    } catch (error) {
      if (!(error instanceof PowerCutError)) throw error;
    }
    return done;
  }

  nor.resetCounters();
  installBoth();
  const totalOps = nor.counters.programs + nor.counters.erases;
  const sweepErases = nor.counters.erases;

  function markerVersions(cache: ReturnType<typeof openCache>): number[] {
    return [1, 2, 3].filter((v) => cache.store.lookupCard(hex(`c0de000${v}`))?.id === 5000 + v);
  }

  for (const mode of ["lost", "torn", "partial-erase"] as PowerCutMode[]) {
    it(`leaves exactly the old or the new table after a "${mode}" cut at any of the ${totalOps} operations`, () => {
      const seen = new Set<number>();
      for (let k = 0; k < totalOps; k++) {
        nor.restorePower();
        nor.restore(image);
        nor.armPowerCut({ afterOps: k, mode, on: "any", seed: 7 * k + 3 });
        const lastInstalled = installBoth();
        expect(nor.powerFailed, `cut ${k}`).to.equal(true);
        nor.restorePower();
        const cache = openCache(nor, identity);
        const version = cache.store.version();
        expect([lastInstalled, lastInstalled + 1], `cut ${k}`).to.include(version);
        expect(markerVersions(cache), `cut ${k}`).to.deep.equal([version]);
        expect(cache.store.lookupPin("4822")?.duress, `cut ${k}`).to.equal(true);
        expect(cache.refusedAtOpen, `cut ${k}`).to.equal(undefined);
        seen.add(version);
        // The board goes on: the next update lands.
        expect(cache.install(bundle(identity, 9)).accepted, `cut ${k}`).to.equal(true);
      }
      // 1 while version 2 is being written, 2 (committed, then the new one) while 3 is, 3 when
      // the cut lands on the version floor's write, which comes after 3's commit word.
      expect([...seen].sort()).to.deep.equal([1, 2, 3]);
    });
  }

  it("the sweep covers every erase unit of both slots and both commits", () => {
    expect(sweepErases).to.equal(8);
    expect(totalOps).to.be.greaterThan(10);
  });
});
