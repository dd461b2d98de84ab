import { expect } from "chai";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { BankConsole } from "../../scripts/sim/bank-console";
import { builtBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

// The real bundle and the sample users: Officer Diaz's duress PIN is 4822 (sample-users.json).
describe("duress alarm output on the real bundle (virtual bank)", () => {
  it("is on again after a reset and after a power cut, with the duress logged once", () => {
    const board = shippedBoards().find((b) => b.id === "virtual")!;
    const bank = new LockerBank({ board, startTimeMs: Date.UTC(2026, 10, 30, 15, 0, 0) });
    let output = "";
    bank.device.onOutput((text) => (output += text));
    const terminal = new BankConsole({ bank, print: () => {} });
    bank.device.installBundle(builtBundle(board.id));
    bank.device.powerOn();
    const run = (commands: string[]) => commands.forEach((c) => expect(terminal.run(c), c).to.equal(true));
    const alarmPin = bank.wire(board.silentAlarm!.pin);
    const alarmOn = () => alarmPin.isOutput && alarmPin.level === (board.silentAlarm!.activeLow ? 0 : 1);

    run(["load-credentials", "wait 2000"]);
    expect(alarmOn(), "no alarm before the duress PIN").to.equal(false);
    run(["keys 1#", "wait 1500", "keys 4822#", "wait 1500"]);
    expect(alarmOn(), output).to.equal(true);

    run(["reboot", "wait 2000"]);
    expect(alarmOn(), "after a reset").to.equal(true);
    run(["powercut", "poweron", "wait 2000"]);
    expect(alarmOn(), "after a power cut").to.equal(true);
    expect(eventsIn(output).filter((e) => e.type === "duress").length).to.equal(1);
  });
});
