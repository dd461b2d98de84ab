import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { BankConsole } from "../../scripts/sim/bank-console";
import { builtBundle, shippedBoards } from "../boot/boot-fixture";

// The one supported physical board must hold a credential table in its own flash and act on it.
describe("ESP32 bundle with the sample credentials", () => {
  it("loads the signed bundle from the Storage inbox and releases locker 2 for its owner's PIN and card", () => {
    const board = shippedBoards().find((b) => b.id === "esp32")!;
    const bank = new LockerBank({ board, startTimeMs: Date.UTC(2026, 10, 30, 15, 0, 0) });
    const lines: string[] = [];
    const terminal = new BankConsole({ bank, print: (line) => lines.push(line) });
    bank.device.installBundle(builtBundle(board.id));
    bank.device.powerOn();
    for (const command of ["load-credentials", "wait 2000", "keys 2#", "wait 1500", "keys 1357#", "wait 1500"]) terminal.run(command);
    expect(lines.some((l) => /event credentials-loaded/.test(l)), lines.join("\n")).to.equal(true);
    expect(bank.lock(2).released).to.equal(false); // the PIN alone is not enough while the clock is unset
    terminal.run("tap 0badcafe");
    terminal.run("wait 100");
    expect(bank.lock(2).released).to.equal(true);
    expect(lines.some((l) => /event access-granted · locker 2 · user 102/.test(l))).to.equal(true);
    expect([1, 3].map((n) => bank.lock(n).released)).to.deep.equal([false, false]);
  });
});
