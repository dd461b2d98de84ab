import { expect } from "chai";
import { rig } from "./support/fakes";

describe("access: a latch that cannot be persisted does not take effect (except securing)", () => {
  it("open-all: no release when the write throws", () => {
    const r = rig({ users: [] });
    r.state.failNextSet("flash refused");
    expect(r.access.command("open-all", "hub")).to.equal("not-persisted");
    expect(r.bank.actions).to.deep.equal([]);
    expect(r.access.latch()).to.equal("normal");
    expect(r.last("latch-persist-failed")).to.include({ reason: "open-all" });
  });

  it("clearing a lockdown: stays in lockdown when the write throws", () => {
    const r = rig({ users: [] });
    r.access.command("lockdown", "hub");
    r.state.failNextSet("flash refused");
    expect(r.access.command("clear-lockdown", "hub")).to.equal("not-persisted");
    expect(r.access.latch()).to.equal("lockdown");
    r.reboot();
    expect(r.access.latch()).to.equal("lockdown");
  });

  it("lockdown: securing is always safe, so it acts in RAM and reports that it is not durable", () => {
    const r = rig({ users: [] });
    r.state.failNextSet("flash refused");
    expect(r.access.command("lockdown", "hub")).to.equal("not-persisted");
    expect(r.bank.actions).to.deep.equal(["secureAll"]);
    expect(r.access.latch()).to.equal("lockdown");
    expect(r.last("latch-persist-failed")).to.include({ reason: "lockdown" });
  });
});
