import { expect } from "chai";
import { bankWithBundle, builtBoards } from "./boot-fixture";

describe("every built bundle, booted on the virtual board", () => {
  for (const board of builtBoards()) {
    it(`${board.id}: drives every lock output to secured before any other output, and never releases one`, () => {
      const { bank, outputChanges } = bankWithBundle(board);
      bank.device.powerOn();
      bank.device.advance(5000);

      const lockPins = board.lockers.map((l) => l.lock.pin);
      const pinsInDriveOrder = outputChanges.map((c) => c.pin).filter((pin, i, all) => all.indexOf(pin) === i);
      const firstOutputs = pinsInDriveOrder.slice(0, lockPins.length);
      expect(firstOutputs, "first outputs driven at boot").to.have.members(lockPins);
      board.lockers.forEach((locker, index) => {
        const securedLevel = locker.lock.activeLow ? 1 : 0;
        const changes = outputChanges.filter((c) => c.pin === locker.lock.pin);
        expect(changes.length, `locker ${index + 1} lock driven`).to.be.greaterThan(0);
        for (const change of changes) expect(change.level, `locker ${index + 1} lock level`).to.equal(securedLevel);
        expect(bank.lock(index + 1).drivenSecured).to.equal(true);
      });
      expect(bank.device.output).not.to.contain("Uncaught");
    });
  }
});
