import { expect } from "chai";
import { MCP } from "../../hal/virtual/devices/mcp23017";
import { expanderOnModel } from "./host-fixture";

describe("MCP23017 driver: output pins", () => {
  it("writes OLAT at the secured level before IODIR makes the pin an output", () => {
    const f = expanderOnModel();
    expect(f.model.pin(3), "power-on: an input, floating").to.equal("float");
    const from = f.model.writes.length;
    const lock = f.expander.output(3, true);
    const writes = f.model.writes.slice(from);
    const olat = writes.findIndex((w) => w.reg === MCP.OLATA && (w.value & 0x08) !== 0);
    const iodir = writes.findIndex((w) => w.reg === MCP.IODIRA && (w.value & 0x08) === 0);
    expect(olat).to.be.greaterThan(-1);
    expect(iodir).to.be.greaterThan(olat);
    expect(f.model.pin(3), "active-low lock: secured is high").to.equal(1);
    expect(lock.isActive()).to.equal(false);
  });

  it("drives each output with its own polarity, on port A and port B", () => {
    const f = expanderOnModel();
    const activeLow = f.expander.output(0, true);
    const activeHigh = f.expander.output(12, false);
    expect([f.model.pin(0), f.model.pin(12)]).to.deep.equal([1, 0]);
    activeLow.setActive(true);
    activeHigh.setActive(true);
    expect([f.model.pin(0), f.model.pin(12)]).to.deep.equal([0, 1]);
    expect(f.model.register(MCP.IODIRA + 1) & 0x10).to.equal(0);
    activeLow.setActive(false);
    expect(f.model.pin(0)).to.equal(1);
    expect(activeHigh.isActive()).to.equal(true);
  });

  it("one output write is one I2C transaction", () => {
    const f = expanderOnModel();
    const lock = f.expander.output(5, true);
    const before = f.model.transactions;
    lock.setActive(true);
    expect(f.model.transactions - before).to.equal(1);
  });
});
