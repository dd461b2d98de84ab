import { expect } from "chai";
import { expanderOnModel } from "./host-fixture";

describe("MCP23017 driver: inputs through INTA/INTB", () => {
  it("reports a door switch change once, after its debounce, with the pull-up enabled", () => {
    const f = expanderOnModel();
    const changes: Array<[boolean, number]> = [];
    const door = f.expander.input(9, { activeLow: false, pull: "up", debounceMs: 50, onChange: (open, t) => changes.push([open, t]) });
    expect(f.model.pin(9), "pull-up holds it high").to.equal(1);
    expect(door.isActive(), "active-high door reads open on a pulled-up idle line").to.equal(true);
    f.model.drive(9, 0);
    f.clock.advance(10);
    expect(changes, "not before the debounce time").to.deep.equal([]);
    f.clock.advance(50);
    expect(changes).to.deep.equal([[false, 50]]);
    expect(door.isActive()).to.equal(false);
  });

  it("ignores a bounce shorter than the debounce time", () => {
    const f = expanderOnModel();
    const changes: boolean[] = [];
    f.expander.input(2, { activeLow: true, pull: "up", debounceMs: 50, onChange: (a) => changes.push(a) });
    f.model.drive(2, 0);
    f.clock.advance(5);
    f.model.drive(2, undefined);
    f.clock.advance(100);
    expect(changes).to.deep.equal([]);
  });

  it("the interrupt line is released once the driver has read the change", () => {
    const f = expanderOnModel();
    f.expander.input(4, { activeLow: true, pull: "up", debounceMs: 0, onChange: () => {} });
    f.model.drive(4, 0);
    expect(f.model.register(0x0e)).to.equal(0x10);
    f.clock.advance(1);
    expect(f.model.register(0x0e), "INTFA cleared by reading INTCAP/GPIO").to.equal(0);
  });

  it("without an interrupt line the periodic check still sees the change", () => {
    const f = expanderOnModel({ checkMs: 200 }, false);
    const changes: boolean[] = [];
    f.expander.input(15, { activeLow: true, pull: "up", debounceMs: 0, onChange: (a) => changes.push(a) });
    f.model.drive(15, 0);
    f.clock.advance(200);
    expect(changes).to.deep.equal([true]);
  });
});
