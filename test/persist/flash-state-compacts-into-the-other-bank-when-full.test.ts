import { expect } from "chai";
import { openFlashState } from "../../src/persist/flash-state";
import { crc32, hostFlashPages, smallFlash, STATE_PARTITION } from "./support/host-flash";

describe("flash DurableState compaction", () => {
  it("keeps every key through many compactions, erasing one bank per compaction", () => {
    const nor = smallFlash();
    const state = openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });
    const erasesAfterOpen = nor.counters.erases;
    for (let i = 1; i <= 1000; i++) {
      state.set("counter", i);
      state.set(`k${i % 10}`, i);
    }
    // 2,000 records of 28 bytes in 4 KB banks (145 slots, 11 live keys): about 15 compactions.
    const compactions = nor.counters.erases - erasesAfterOpen;
    expect(compactions).to.be.within(12, 16);
    const reopened = openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });
    expect(reopened.get("counter")).to.equal(1000);
    for (let k = 0; k < 10; k++) expect(reopened.get(`k${k}`)).to.equal(990 + (k === 0 ? 10 : k));
  });

  it("throws rather than lose keys when the live keys no longer fit one bank", () => {
    const state = openFlashState({ flash: hostFlashPages(smallFlash()), partition: STATE_PARTITION, crc32 });
    expect(() => {
      for (let i = 1; i <= 200; i++) state.set(`key${i}`, i);
    }).to.throw(/durable state full/);
    expect(state.get("key1")).to.equal(1);
  });
});
