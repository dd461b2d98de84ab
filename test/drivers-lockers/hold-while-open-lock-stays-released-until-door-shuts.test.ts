import { expect } from "chai";
import { bootLockerBank, eventsOf } from "./support/driver-board";

describe("locker bank driver: a hold-while-open (maglock) locker", () => {
  it("stays released while its door is open, however long, and secures when the door shuts", async () => {
    const driver = await bootLockerBank();
    const board = driver.bank.device.board;
    expect(board.lockers[7].releaseMode, "virtual locker 8 is the maglock").to.equal("hold-while-open");
    const lock = driver.bank.lock(8);
    const door = driver.bank.door(8);

    driver.run("bank.release(8)");
    driver.advance(1000);
    door.open();
    driver.advance(board.timing.heldOpenMs! + 1000);
    expect(lock.released, "held released while the door is open").to.equal(true);

    door.close();
    driver.advance(100);
    expect(lock.drivenSecured, "secured once the door is shut").to.equal(true);
    const types = driver.events().filter((e) => e.locker === 8).map((e) => e.type);
    expect(types).to.deep.equal(["released", "door-opened", "held-open", "door-closed", "relocked"]);
    expect(eventsOf(driver.events(), "forced")).to.have.length(0);
  });

  it("gives up after releasePulseMs when the door is never opened (lock-fail not-opened)", async () => {
    const driver = await bootLockerBank();
    driver.run("bank.release(8)");
    driver.advance(driver.bank.device.board.timing.releasePulseMs + 1);
    expect(driver.bank.lock(8).drivenSecured).to.equal(true);
    expect(eventsOf(driver.events(), "lock-fail", 8).map((e) => e.reason)).to.deep.equal(["not-opened"]);
  });
});
