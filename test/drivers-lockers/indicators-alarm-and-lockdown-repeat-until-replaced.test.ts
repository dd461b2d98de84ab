import { expect } from "chai";
import { bootIndicators } from "./support/indicator-board";

describe("indicators: alarm and lockdown", () => {
  it("alarm flashes red with the buzzer every 500 ms until 'off' silences it", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("alarm");
    ind.driver.advance(9_999);
    ind.show("off");
    ind.driver.advance(10_000);
    const seen = ind.intervals(t0);
    expect(seen.buzzer).to.have.length(20);
    expect(seen.buzzer[19]).to.deep.equal([9500, 9750]);
    expect(seen.red).to.deep.equal(seen.buzzer);
    expect(seen.buzzer.every(([, to]) => to <= 10_000), "nothing after off").to.equal(true);
  });

  it("lockdown: slow red flash with one chirp per 2 s cycle, while it lasts", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("lockdown");
    ind.driver.advance(5_999);
    const seen = ind.intervals(t0);
    expect(seen.buzzer).to.deep.equal([[0, 80], [2000, 2080], [4000, 4080]]);
    expect(seen.red).to.deep.equal([[0, 1000], [2000, 3000], [4000, 5000]]);
    expect(ind.driver.run("ind.current()")).to.equal("lockdown");
  });
});
