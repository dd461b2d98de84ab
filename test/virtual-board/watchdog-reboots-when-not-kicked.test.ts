import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: a manual watchdog reboots the board when not kicked", () => {
  it("keeps running while kicked, reboots with cause watchdog once kicks stop", () => {
    const board = bootWith(`
      var kicks = 0;
      E.enableWatchdog(1, false);
      var id = setInterval(function () { if (++kicks <= 3) E.kickWatchdog(); }, 500);
    `);
    board.advance(2400);
    expect(board.resetCause).to.equal("power-on");
    expect(board.evaluate("kicks")).to.equal(4);
    board.advance(200); // last kick at 1500 ms: fires at 2500 ms
    expect(board.resetCause).to.equal("watchdog");
    expect(board.evaluate("kicks")).to.equal(0); // .bootcde ran again after the reboot
  });

  it("reports the watchdog reset in the chip's reset-cause register (STM32 RCC_CSR IWDGRSTF)", () => {
    const board = bootWith(`E.enableWatchdog(0.5, false);`);
    board.advance(600);
    expect((board.evaluate("peek32(0x40023874)") as number) & (1 << 29)).to.not.equal(0);
  });
});
