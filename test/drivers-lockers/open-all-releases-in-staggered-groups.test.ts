import { expect } from "chai";
import { boardDefinition, bootLockerBank, eventsOf } from "./support/driver-board";
import { meterLockOutputs } from "./support/supply-meter";

describe("locker bank driver: releaseAll (open-all for a search)", () => {
  for (const id of ["virtual", "espruino-pico", "esp32"]) {
    it(`${id}: releases every locker once, in groups no larger than the supply limit, with a gap between groups`, async () => {
      const board = boardDefinition(id);
      const driver = await bootLockerBank(board);
      const meter = meterLockOutputs(driver.bank);
      driver.run("bank.releaseAll()");
      driver.advance(board.lockers.length * (board.timing.releasePulseMs + 1000));

      expect(meter.maxActive()).to.equal(Math.min(board.maxSimultaneousReleases, board.lockers.length));
      expect(meter.releases()).to.deep.equal(board.lockers.map(() => 1));
      const releases = eventsOf(driver.events(), "released").map((e) => e.timeMs);
      const relocks = eventsOf(driver.events(), "relocked").map((e) => e.timeMs);
      const groupStarts = [...new Set(releases)];
      expect(groupStarts.length).to.equal(Math.ceil(board.lockers.length / board.maxSimultaneousReleases));
      for (let g = 1; g < groupStarts.length; g++) {
        const lastEndBefore = Math.max(...relocks.filter((t) => t <= groupStarts[g]));
        expect(groupStarts[g] - lastEndBefore, "gap before a group").to.equal(board.timing.releaseGapMs);
      }
      expect(driver.bank.locks.every((l) => l.drivenSecured)).to.equal(true);
    });
  }
});
