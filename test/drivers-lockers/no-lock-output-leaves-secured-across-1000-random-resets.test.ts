import { expect } from "chai";
import fc from "fast-check";
import { bankWithBundle, builtBoards } from "../boot/boot-fixture";
import { applyInput, applyReset, resetSteps } from "./support/reset-actions";

const RESETS_PER_RUN = 10;
/** The full 1,000 on the virtual board; a second board's bundle (other pins, polarity and chip) samples 300. */
const RUNS_BY_BOARD: Record<string, number> = { virtual: 100, esp32: 30 };

/**
 * The built firmware on the virtual bank, through random reboots (every cause), power cuts and
 * restores, door/tamper/lockdown flips, contact noise and waits. No credentials exist yet, so no
 * lock output may ever be driven to its active level. Replay a failure with the seed and path
 * fast-check prints.
 */
describe("no lock output leaves secured across 1,000 random resets and brown-outs (built bundles)", () => {
  for (const board of builtBoards().filter((b) => RUNS_BY_BOARD[b.id] !== undefined)) {
    const RUNS = RUNS_BY_BOARD[board.id];
    it(`${board.id}: ${RUNS * RESETS_PER_RUN} resets`, function () {
      // About 5 s on an idle machine; the margin is for a loaded CI runner.
      this.timeout(90_000);
      let resets = 0;
      fc.assert(
        fc.property(resetSteps(board.lockers.length, RESETS_PER_RUN), (steps) => {
          const { bank } = bankWithBundle(board);
          bank.device.powerOn();
          for (const step of steps) {
            for (const input of step.inputs) applyInput(bank, input);
            applyReset(bank, step.reset);
            resets++;
          }
          bank.device.advance(1000);
          board.lockers.forEach((locker, index) => {
            const activeLevel = locker.lock.activeLow ? 0 : 1;
            const driven = bank.lock(index + 1).drivenHistory;
            const released = driven.find((h) => h.level === activeLevel);
            expect(released, `locker ${index + 1} lock driven active at ${released?.timeMs} ms`).to.equal(undefined);
            expect(bank.lock(index + 1).drivenSecured, `locker ${index + 1} driven secured after the last boot`).to.equal(true);
          });
          expect(bank.device.output).not.to.contain("Uncaught");
          bank.device.dispose();
        }),
        { numRuns: RUNS },
      );
      expect(resets).to.equal(RUNS * RESETS_PER_RUN);
    });
  }
});
