import { expect } from "chai";
import fc from "fast-check";
import { bankWithBundle, shippedBoards } from "../boot/boot-fixture";
import { applyInput, applyReset, resetSteps } from "./support/reset-actions";

const RUNS = 100;
const RESETS_PER_RUN = 10;

/**
 * The built firmware on the virtual bank, through random reboots (every cause), power cuts and
 * restores, door/tamper/lockdown flips, contact noise and waits. No credentials exist yet, so no
 * lock output may ever be driven to its active level. Replay a failure with the seed and path
 * fast-check prints.
 */
describe("no lock output leaves secured across 1,000 random resets and brown-outs (built bundles)", () => {
  for (const board of shippedBoards().filter((b) => b.id === "virtual" || b.id === "espruino-pico")) {
    it(`${board.id}: ${RUNS * RESETS_PER_RUN} resets`, () => {
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
