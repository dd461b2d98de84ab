import { expect } from "chai";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { counts, pulsesOf, sendPulses } from "./support/pulses";

describe("Wiegand: noise pulses", () => {
  it("refuses a frame with a spike right after a real bit (too close)", async () => {
    const board = await bootInputs();
    const start = board.device.clock.nowMs + 10;
    const pulses = pulsesOf(WiegandReader.frame26(10, 12345), start);
    pulses.push({ line: 0, atMs: start + 20 + 0.05 });
    sendPulses(board, pulses);
    board.device.advance(200);
    expect(board.results()).to.deep.equal(["fault:wiegand:too-close"]);
    expect(counts(board)).to.include({ cards: 0, timing: 1 });
  });

  it("refuses a 25-bit frame made 26 by a pulse between two bits, even when its parity works out (uneven)", async () => {
    const board = await bootInputs();
    const good = WiegandReader.frame26(10, 12345);
    const start = board.device.clock.nowMs + 10;
    // Drop bit 12 and put a pulse of the same value 1 ms after bit 11: same bits, wrong timing.
    const pulses = pulsesOf(good, start).filter((_, i) => i !== 12);
    pulses.push({ line: good[12] === "1" ? 1 : 0, atMs: start + 11 * 2 + 1 });
    sendPulses(board, pulses.sort((a, b) => a.atMs - b.atMs));
    board.device.advance(200);
    expect(board.results()).to.deep.equal(["fault:wiegand:uneven"]);
  });

  it("refuses pulses on both lines at once", async () => {
    const board = await bootInputs();
    const start = board.device.clock.nowMs + 10;
    const pulses = pulsesOf(WiegandReader.frame26(1, 2), start);
    pulses.push({ line: pulses[4].line === 1 ? 0 : 1, atMs: pulses[4].atMs });
    sendPulses(board, pulses);
    board.device.advance(200);
    expect(board.results()).to.deep.equal(["fault:wiegand:too-close"]);
  });

  it("counts a lone spike on an idle line as a refused frame", async () => {
    const board = await bootInputs();
    sendPulses(board, [{ line: 1, atMs: board.device.clock.nowMs + 5 }]);
    board.device.advance(100);
    expect(board.results()).to.deep.equal(["fault:wiegand:length"]);
    expect(counts(board)).to.include({ length: 1 });
  });
});
