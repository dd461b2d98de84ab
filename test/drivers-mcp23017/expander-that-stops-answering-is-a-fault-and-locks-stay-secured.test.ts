import { expect } from "chai";
import { MCP } from "../../hal/virtual/devices/mcp23017";
import { expanderOnModel } from "./host-fixture";

describe("MCP23017 driver: communication failure", () => {
  it("an I2C call that is not acknowledged is one fault, the port reads secured and nothing throws", () => {
    const f = expanderOnModel({ retryMs: 1000 });
    const lock = f.expander.output(1, true);
    f.model.stopAnswering();
    expect(() => lock.setActive(true)).to.not.throw();
    expect(lock.isActive(), "a release that could not be driven is not reported as driven").to.equal(false);
    f.clock.advance(5000);
    expect(f.faults).to.deep.equal(["expander-not-responding"]);
    expect(f.expander.isResponding()).to.equal(false);
  });

  it("a lock released when the bus died is secured first thing when the chip answers again", () => {
    const f = expanderOnModel({ retryMs: 1000 });
    const lock = f.expander.output(1, true);
    lock.setActive(true);
    expect(f.model.pin(1)).to.equal(0);
    f.model.stopAnswering();
    f.clock.advance(1000);
    expect(f.faults).to.deep.equal(["expander-not-responding"]);
    lock.setActive(true);
    f.model.answerAgain();
    const from = f.model.writes.length;
    f.clock.advance(2000);
    expect(f.recoveries).to.have.length(1);
    expect(f.model.pin(1), "secured (active-low lock: high)").to.equal(1);
    expect(lock.isActive()).to.equal(false);
    const regs = f.model.writes.slice(from).map((w) => w.reg);
    expect(regs.indexOf(MCP.OLATA)).to.be.lessThan(regs.indexOf(MCP.IODIRA));
  });

  it("a chip that reset (IODIR back to inputs) is caught by the read-back and re-initialised OLAT first", () => {
    const f = expanderOnModel({ checkMs: 500, retryMs: 0 });
    const lock = f.expander.output(6, false);
    lock.setActive(true);
    f.model.powerOnReset();
    expect(f.model.pin(6)).to.equal("float");
    const from = f.model.writes.length;
    f.clock.advance(500);
    expect(f.faults).to.deep.equal(["expander-reset"]);
    f.clock.advance(500);
    expect(f.recoveries).to.have.length(1);
    const writes = f.model.writes.slice(from);
    const olat = writes.findIndex((w) => w.reg === MCP.OLATA);
    const iodir = writes.findIndex((w) => w.reg === MCP.IODIRA);
    expect(olat).to.be.greaterThan(-1);
    expect(olat).to.be.lessThan(iodir);
    expect(f.model.pin(6), "active-high lock: secured is low").to.equal(0);
  });
});
