import { expect } from "chai";
import { bankWithBundle, eventsIn, shippedBoards } from "../boot/boot-fixture";

describe("the built firmware on the virtual bank (locker drivers wired in)", () => {
  it("reports a door opened while secured as forced, and a chattering tamper switch as a fault", () => {
    const board = shippedBoards().find((b) => b.id === "virtual")!;
    const { bank } = bankWithBundle(board);
    bank.device.powerOn();
    bank.device.advance(1000);
    bank.device.clearOutput(); // boot-time events (boot, credentials, log) are not what this is about
    bank.door(3).open();
    bank.device.advance(200);
    for (let k = 0; k < 12; k++) {
      bank.tamper.set(k % 2 === 0);
      bank.device.advance(80);
    }
    bank.device.advance(5000);

    const events = eventsIn(bank.device.output);
    const named = events.map((e) => e.type + (e.locker ? ` ${e.locker}` : "") + (e.detail ? ` ${e.detail}` : ""));
    expect(named.slice(0, 2)).to.deep.equal(["door-opened 3", "forced 3"]);
    expect(named).to.include("tamper-fault chatter");
    expect(named).to.include("tamper-fault-cleared");
    expect(bank.locks.every((l) => l.drivenSecured)).to.equal(true);
  });
});
