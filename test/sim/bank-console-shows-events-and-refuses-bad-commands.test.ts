import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { BankConsole } from "../../scripts/sim/bank-console";
import { builtBundle, shippedBoards } from "../boot/boot-fixture";

function bootedConsole(): { bank: LockerBank; lines: string[]; terminal: BankConsole } {
  const board = shippedBoards().find((b) => b.id === "virtual")!;
  const bank = new LockerBank({ board });
  const lines: string[] = [];
  const terminal = new BankConsole({ bank, print: (line) => lines.push(line) });
  bank.device.installBundle(builtBundle(board.id));
  bank.device.powerOn();
  return { bank, lines, terminal };
}

describe("npm start console", () => {
  it("shows the firmware's events as the user acts on the bank", () => {
    const { lines, terminal } = bootedConsole();
    terminal.run("open 3");
    terminal.run("wait 200");
    terminal.run("close 3");
    terminal.run("wait 200");
    expect(lines.some((l) => /event boot/.test(l))).to.equal(true);
    expect(lines.some((l) => /event door-opened · locker 3/.test(l))).to.equal(true);
    expect(lines.some((l) => /event door-closed · locker 3/.test(l))).to.equal(true);
  });

  it("refuses a locker the bank does not have and an unknown command, and keeps running", () => {
    const { lines, terminal } = bootedConsole();
    expect(terminal.run("open 99")).to.equal(true);
    expect(terminal.run("fly away")).to.equal(true);
    expect(lines).to.include("error: no locker 99: this bank has lockers 1 to 8");
    expect(lines).to.include('error: unknown command "fly" (type help)');
    expect(terminal.run("quit")).to.equal(false);
  });

  it("status reports every lock secured after boot", () => {
    const { lines, terminal } = bootedConsole();
    terminal.run("status");
    const lockLines = lines.filter((l) => /^locker +\d+: lock/.test(l));
    expect(lockLines).to.have.length(8);
    for (const line of lockLines) expect(line).to.contain("lock secured");
  });
});
