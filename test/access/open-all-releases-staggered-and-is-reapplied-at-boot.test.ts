import { expect } from "chai";
import { rig } from "./support/fakes";

describe("access: open-all releases every locker through the driver's staggered releaseAll, latched", () => {
  it("persists the latch, calls releaseAll once, and again after a reboot", () => {
    const r = rig({ users: [] });
    expect(r.access.command("open-all", "hub")).to.equal("ok");
    expect(r.state.get("a.latch")).to.equal(2);
    expect(r.bank.actions).to.deep.equal(["releaseAll"]);
    r.reboot();
    expect(r.access.latch()).to.equal("open-all");
    expect(r.bank.actions).to.deep.equal(["releaseAll", "releaseAll"]);
    expect(r.last("latch-restored")).to.include({ reason: "open-all" });
  });

  it("clearing it secures every lock and survives a reboot as normal", () => {
    const r = rig({ users: [] });
    r.access.command("open-all", "hub");
    expect(r.access.command("clear-open-all", "hub")).to.equal("ok");
    expect(r.bank.actions).to.deep.equal(["releaseAll", "secureAll"]);
    r.reboot();
    expect(r.bank.actions).to.deep.equal(["releaseAll", "secureAll"]);
  });

  it("a closing door does not relock during open-all (the search goes on)", () => {
    const r = rig({ users: [] });
    r.access.command("open-all", "hub");
    r.access.lockerEvent({ type: "door-closed", locker: 3, timeMs: 0 });
    expect(r.bank.actions).to.deep.equal(["releaseAll"]);
  });
});
