import { expect } from "chai";
import { openJournalState } from "../../src/persist/journal-state";
import { createFlashArea } from "../../src/persist/byte-area";
import { crc32, hostFlashPages, smallFlash } from "./support/host-flash";

/**
 * The Storage fallback never erases. Here its file is modelled by a flash area nobody erases
 * (the host test cares about the journal's logic; Storage's own behaviour is the virtual
 * board's).
 */
describe("Storage-journal DurableState (boards without a state partition)", () => {
  it("keeps values across reopen, and refuses a write once the file is full without touching the rest", () => {
    const nor = smallFlash();
    const file = createFlashArea(hostFlashPages(nor), 0x10000, 4096);
    const erases = nor.counters.erases;
    const journal = openJournalState({ file, crc32 });
    journal.set("lockdown", 1);
    let written = 1;
    expect(() => {
      for (;;) {
        journal.set("counter", written);
        written++;
      }
    }).to.throw(/state journal full/);
    expect(written).to.equal(145); // (4096 - 16) / 28 records
    expect(nor.counters.erases).to.equal(erases);
    const reopened = openJournalState({ file, crc32 });
    expect(reopened.get("lockdown")).to.equal(1);
    expect(reopened.get("counter")).to.equal(144);
    expect(() => reopened.set("lockdown", 0)).to.throw(/maintenance rewrite/);
    expect(openJournalState({ file, crc32 }).get("lockdown")).to.equal(1);
  });
});
