import { expect } from "chai";
import { join } from "node:path";
import { loadBoards } from "../../scripts/build/boards";
import { defaultAccessConfig } from "../../src/access/access-config";
import { readLatch, writeLatch } from "../../src/access/latch";
import { Throttle, userThrottleKey } from "../../src/access/throttle";
import { openFlashState } from "../../src/persist/flash-state";
import { crc32, hostFlashPages, smallFlash } from "./support/host-flash";

// The ESP32's own state partition (two 4 KB banks), placed in the host flash model.
const esp32 = loadBoards(join(__dirname, "..", "..", "boards")).find((b) => b.id === "esp32")!;
const partition = { start: 0x10000, size: esp32.flash.partitions.state!.size };

/**
 * Every user who mistypes once gets a failure counter, set back to 0 by their next success.
 * A counter at 0 is the same as no counter, so the store must not keep it: otherwise a school's
 * staff fills the 145 slots of a bank within a term and every later write (counts, latches) fails.
 */
describe("flash DurableState with the throttle's per-user counters", () => {
  it("keeps taking writes after 1,000 distinct users each failed once then succeeded", () => {
    const nor = smallFlash();
    const open = () => openFlashState({ flash: hostFlashPages(nor), partition, crc32 });
    const state = open();
    state.set("audit.epoch", 3);
    const throttle = new Throttle(state, defaultAccessConfig(), () => 0);
    for (let id = 1; id <= 1000; id++) {
      throttle.attempt(userThrottleKey(id));
      throttle.succeeded(userThrottleKey(id));
    }
    // One user still owes a failure: kept, whatever happened to the others.
    throttle.attempt(userThrottleKey(5000));
    writeLatch(state, "lockdown");
    expect(nor.counters.erases, "the bank compacted along the way").to.be.greaterThan(5);

    const reopened = open();
    expect(readLatch(reopened)).to.equal("lockdown");
    expect(reopened.get("audit.epoch")).to.equal(3);
    expect(reopened.get(userThrottleKey(5000))).to.equal(1);
    const counts = new Throttle(reopened, defaultAccessConfig(), () => 0);
    for (let id = 1; id <= 1000; id++) expect(counts.count(userThrottleKey(id)), `user ${id}`).to.equal(0);
    writeLatch(reopened, "normal");
    expect(readLatch(open())).to.equal("normal");
  });
});
