import { expect } from "chai";
import { bankWithBundle, eventsIn, builtBoards } from "./boot-fixture";

describe("boot event", () => {
  for (const board of builtBoards()) {
    it(`${board.id}: prints one boot event naming the board, the reset cause and the locker count`, () => {
      const { bank } = bankWithBundle(board);
      bank.device.powerOn();
      bank.device.advance(100);
      const boots = eventsIn(bank.device.output).filter((e) => e.type === "boot");
      expect(boots).to.have.length(1);
      expect(boots[0].detail).to.contain(`board ${board.id}`);
      expect(boots[0].detail).to.contain("reset power-on");
      expect(boots[0].detail).to.contain(`lockers ${board.lockers.length}`);
    });
  }

  it("after a watchdog-free reboot the cause is the reset pin, not power-on", () => {
    const board = builtBoards().find((b) => b.id === "virtual")!;
    const { bank } = bankWithBundle(board);
    bank.device.powerOn();
    bank.device.advance(100);
    bank.device.clearOutput();
    bank.device.reboot("pin");
    bank.device.advance(100);
    const boots = eventsIn(bank.device.output).filter((e) => e.type === "boot");
    expect(boots).to.have.length(1);
    expect(boots[0].detail).not.to.contain("reset power-on");
  });
});
