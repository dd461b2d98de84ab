import { expect } from "chai";
import { bootIndicators } from "./support/indicator-board";

describe("indicators: granted and denied", () => {
  it("granted: one short beep with green, green for two seconds, then everything off", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("granted");
    ind.driver.advance(5000);
    const seen = ind.intervals(t0);
    expect(seen.buzzer).to.deep.equal([[0, 150]]);
    expect(seen.green).to.deep.equal([[0, 2000]]);
    expect(seen.red).to.deep.equal([]);
    expect(ind.driver.run("ind.current()")).to.equal("off");
  });

  it("denied: three beeps with red, red until 1.66 s, no green", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("denied");
    ind.driver.advance(5000);
    const seen = ind.intervals(t0);
    expect(seen.buzzer).to.deep.equal([[0, 120], [220, 340], [440, 560]]);
    expect(seen.red).to.deep.equal([[0, 1560]]);
    expect(seen.green).to.deep.equal([]);
  });

  it("key: a 40 ms click and nothing else", async () => {
    const ind = await bootIndicators();
    const t0 = ind.driver.now();
    ind.show("key");
    ind.driver.advance(1000);
    const seen = ind.intervals(t0);
    expect(seen).to.deep.equal({ buzzer: [[0, 40]], green: [], red: [] });
  });
});
