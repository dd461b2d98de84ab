import { expect } from "chai";
import { bootIndicators } from "./support/indicator-board";

describe("indicators: a new pattern", () => {
  it("replaces the one playing at once: no step of the old pattern runs afterwards", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("alarm");
    ind.driver.advance(300); // alarm is in its silent half
    ind.show("granted");
    ind.driver.advance(10_000);
    const seen = ind.intervals(t0);
    expect(seen.buzzer).to.deep.equal([[0, 250], [300, 450]]);
    expect(seen.red).to.deep.equal([[0, 250]]);
    expect(seen.green).to.deep.equal([[300, 2300]]);
    expect(ind.driver.run("ind.current()")).to.equal("off");
  });
});
