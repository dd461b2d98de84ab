import { join } from "node:path";
import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { bundleForEspruino } from "../../scripts/build";
import { eventsIn, shippedBoards } from "../boot/boot-fixture";

/**
 * boards/virtual-32.json: 32 lockers, every lock and door on one of four MCP23017s. The bundle is
 * the Espruino HAL with the expander routing and the board's locks and doors (support/), run by
 * the virtual board's interpreter against the register-level models on its I2C bus.
 */
describe("32-locker bank on four MCP23017 expanders, driver bundle on the virtual board", () => {
  const board = shippedBoards().find((b) => b.id === "virtual-32")!;
  let bundle: Promise<string> | undefined;
  async function bootedBank(): Promise<LockerBank> {
    bundle ??= bundleForEspruino({ entry: join(__dirname, "support", "expander-bank-entry.js"), board }).then((b) => b.code);
    const bank = new LockerBank({ board });
    bank.device.installBundle(await bundle);
    bank.device.powerOn();
    bank.device.advance(100);
    return bank;
  }

  it("drives all 32 locks secured at boot, releases one, and reports a door on expander 2", async () => {
    const bank = await bootedBank();
    expect(bank.locks.filter((l) => l.drivenSecured)).to.have.length(32);
    bank.device.evaluate("locks[20].setActive(true)");
    expect(bank.locks.filter((l) => l.released).length).to.equal(1);
    expect(bank.lock(21).released).to.equal(true);
    bank.door(19).open();
    bank.device.advance(200);
    const opened = eventsIn(bank.device.output).filter((e) => e.type === "door-opened");
    expect(opened.map((e) => e.locker)).to.deep.equal([19]);
  });

  it("an expander that stops answering is a logged fault; its locks stay secured", async () => {
    const bank = await bootedBank();
    bank.expanders[1].stopAnswering();
    bank.device.advance(3000);
    const faults = eventsIn(bank.device.output).filter((e) => e.type === "expander-fault");
    expect(faults.map((e) => e.detail)).to.deep.equal(["expander 1 expander-not-responding"]);
    for (let locker = 9; locker <= 16; locker++) expect(bank.lock(locker).released, `locker ${locker}`).to.equal(false);
    bank.expanders[1].answerAgain();
    bank.device.advance(3000);
    expect(eventsIn(bank.device.output).some((e) => e.type === "expander-recovered")).to.equal(true);
  });
});
