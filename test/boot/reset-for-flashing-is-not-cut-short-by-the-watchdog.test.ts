import { expect } from "chai";
import { bankWithBundle, builtBoards, eventsIn } from "./boot-fixture";

// The espruino CLI sends reset() before it rewrites .bootcde, then takes ~45 s for a 66 KB
// bundle. The hardware watchdog the firmware started keeps running through reset(); if nothing
// kicks it, the board reboots mid-upload into a half-written .bootcde.
describe("flashing: reset() at the REPL, then a long upload", () => {
  for (const board of builtBoards()) {
    it(`${board.id}: the board is not rebooted by its watchdog while it waits at the REPL`, () => {
      const { bank } = bankWithBundle(board);
      bank.device.powerOn();
      bank.device.advance(1000);
      bank.device.evaluate("reset()");
      bank.device.advance(100);
      bank.device.clearOutput();
      bank.device.advance(60_000);
      expect(bank.device.resetCause, "reset cause after a minute at the REPL").not.to.equal("watchdog");
      expect(eventsIn(bank.device.output).filter((e) => e.type === "boot")).to.deep.equal([]);
    });
  }
});
