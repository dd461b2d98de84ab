import { expect } from "chai";
import { openFlashState } from "../../src/persist/flash-state";
import { crc32, hostFlashPages, smallFlash, STATE_PARTITION } from "./support/host-flash";

describe("flash DurableState", () => {
  it("gives back every value after a reboot (state reopened from flash alone)", () => {
    const nor = smallFlash();
    const first = openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });
    first.set("lockdown", 1);
    first.set("epoch", 41);
    first.set("epoch", 42);
    first.set("cmd-counter", 0xffffffff);

    const again = openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });
    expect(again.get("lockdown")).to.equal(1);
    expect(again.get("epoch")).to.equal(42);
    expect(again.get("cmd-counter")).to.equal(0xffffffff);
    expect(again.get("never-set")).to.equal(undefined);
    expect(again.entries().length).to.equal(3);
  });

  it("costs no flash write when the value is unchanged", () => {
    const nor = smallFlash();
    const state = openFlashState({ flash: hostFlashPages(nor), partition: STATE_PARTITION, crc32 });
    state.set("epoch", 7);
    const programs = nor.counters.programs;
    state.set("epoch", 7);
    expect(nor.counters.programs).to.equal(programs);
  });

  it("refuses keys and values outside the contract instead of storing something else", () => {
    const state = openFlashState({ flash: hostFlashPages(smallFlash()), partition: STATE_PARTITION, crc32 });
    expect(() => state.set("a-key-longer-than-16", 1)).to.throw(/1-16/);
    expect(() => state.set("ok", -1)).to.throw(/unsigned 32-bit/);
    expect(() => state.set("ok", 1.5)).to.throw(/unsigned 32-bit/);
    expect(() => state.set("sp ace", 1)).to.throw(/printable/);
  });
});
