import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: pins are floating inputs until the firmware drives them", () => {
  it("starts every pin as an input and records the first drive in its history (output first, then the level, as jshPinOutput does)", () => {
    const board = bootWith(`setTimeout(function () { digitalWrite(D0, 1); }, 10);`);
    const lock = board.pin("D0");
    expect(lock.mode).to.equal("input");
    expect(lock.level).to.equal(0);
    board.advance(10);
    expect(lock.history).to.deep.equal([
      { timeMs: 0, level: 0, mode: "input" },
      { timeMs: 10, level: 0, mode: "output" },
      { timeMs: 10, level: 1, mode: "output" },
    ]);
  });

  it("digitalRead of an auto-mode output makes it an input again (jshPinInput)", () => {
    const board = bootWith(`digitalWrite(D0, 1); var v = digitalRead(D0);`);
    expect(board.pin("D0").mode).to.equal("input");
    board.evaluate(`pinMode(D1, "output"); digitalWrite(D1, 1); digitalRead(D1);`);
    expect(board.pin("D1").mode).to.equal("output");
  });
});
