import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { BankConsole } from "../../scripts/sim/bank-console";
import { builtBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

/** 2026-11-28 09:00 UTC, a Saturday: inside Tech Ruiz's window (sample-users.json: Saturday 08:00-12:00). */
const SATURDAY_9_UTC = Date.UTC(2026, 10, 28, 9, 0, 0);

// The real bundle, the sample credentials and the console's own commands: what a technician does.
describe("self-test on the real bundle, started at the keypad (906) by the sample technician", () => {
  it("Tech Ruiz's card + PIN starts it; his locker 2 is released only after his #, and no other locker is offered", () => {
    const board = shippedBoards().find((b) => b.id === "virtual")!;
    const bank = new LockerBank({ board, startTimeMs: SATURDAY_9_UTC });
    let output = "";
    bank.device.onOutput((text) => (output += text));
    const terminal = new BankConsole({ bank, print: () => {} });
    bank.device.installBundle(builtBundle(board.id));
    bank.device.powerOn();
    const run = (commands: string[]) => commands.forEach((c) => expect(terminal.run(c), c).to.equal(true));
    const released = () => bank.locks.map((lock) => lock.released);

    run(["load-credentials", "wait 2000", "keys 906#", "wait 1500", "tap a0b0c0d0", "wait 200", "keys 246810#", "wait 2000"]);
    const events = () => eventsIn(output);
    expect(events().find((e) => e.type === "admin-command"), output).to.include({ user: 900, result: "granted", reason: "self-test" });
    expect(events().some((e) => e.type === "selftest-started")).to.equal(true);
    // Tech Ruiz has rights to locker 2 only: every door is reported, only locker 2 is offered.
    expect(events().find((e) => e.type === "selftest-confirm-wanted")).to.include({ locker: 2 });

    run(["wait 30000"]);
    expect(released().every((r) => !r), "a lock moved before the technician's #").to.equal(true);

    run(["keys #", "wait 150"]);
    expect(released()).to.deep.equal([false, true, false, false, false, false, false, false]);
    expect(events().find((e) => e.type === "selftest-released")).to.include({ locker: 2 });
    expect(events().filter((e) => e.type === "selftest-confirm-wanted").map((e) => e.locker)).to.deep.equal([2]);
    expect(events().filter((e) => e.type === "selftest-skipped").map((e) => e.locker)).to.deep.equal([1, 3, 4, 5, 6, 7, 8]);
    expect(events().some((e) => e.type === "selftest-finished")).to.equal(true);

    run(["keys #", "wait 6000"]);
    expect(released().every((r) => !r), "the pulse ended and a # after the test opened nothing").to.equal(true);
  });
});
