import { expect } from "chai";
import { SELF_TEST_IDLE_MS } from "../../src/self-test";
import { rig } from "./support/fakes";
import { SATURDAY_9_UTC, selfTestPeople, startSelfTest, technician } from "./support/self-test-people";

function running() {
  const r = rig({ users: selfTestPeople, lockers: 4, startMs: SATURDAY_9_UTC });
  startSelfTest(r, technician);
  r.selfTest.handleKey("#");
  expect(r.bank.releases()).to.deep.equal([1]);
  return r;
}

describe("access: a running self-test ends, every lock secured, on lockdown, open-all and a minute without a key", () => {
  it("a lockdown (wired input) aborts it: the next # releases nothing", () => {
    const r = running();
    r.access.lockdownInput(true);
    expect(r.selfTest.state()).to.equal("aborted");
    expect(r.selfTest.handleKey("#")).to.equal(false);
    expect(r.bank.releases()).to.deep.equal([1]);
  });

  it("open-all aborts it before releasing every lock (so the abort does not re-secure them)", () => {
    const r = running();
    r.access.command("open-all", "hub");
    expect(r.selfTest.state()).to.equal("aborted");
    const after = r.bank.actions.slice(r.bank.actions.indexOf("release 1") + 1);
    expect(after).to.deep.equal(["secureAll", "releaseAll"]);
  });

  it("no key for a minute: aborted and logged; a later # releases nothing", () => {
    const r = running();
    r.clock.advance(SELF_TEST_IDLE_MS - 1);
    expect(r.selfTest.state(), "just under a minute").to.equal("awaiting-confirmation");
    r.selfTest.handleKey("*");
    r.clock.advance(SELF_TEST_IDLE_MS - 1);
    expect(r.selfTest.state(), "each key restarts the minute").to.equal("awaiting-confirmation");
    r.clock.advance(1);
    expect(r.selfTest.state()).to.equal("aborted");
    expect(r.last("selftest-aborted")!.detail).to.match(/^no key for 60 s/);
    expect(r.bank.actions.at(-1)).to.equal("secureAll");
    expect(r.selfTest.handleKey("#")).to.equal(false);
    expect(r.bank.releases()).to.deep.equal([1]);
  });

  it("a reboot forgets it (the self-test lives in RAM)", () => {
    const r = running();
    r.reboot();
    expect(r.selfTest.state()).to.equal("idle");
    expect(r.selfTest.handleKey("#")).to.equal(false);
  });
});
