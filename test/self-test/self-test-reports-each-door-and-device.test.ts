import { expect } from "chai";
import { FakeLockers, selfTestOn } from "./fake-lockers";

describe("self-test: the report", () => {
  it("names every door sensor's state and every device's status before asking for the first locker", () => {
    const lockers = new FakeLockers(4);
    lockers.openDoors.add(2);
    const { test, log } = selfTestOn(lockers, [
      { name: "keypad", status: () => "present" },
      { name: "reader 1 mfrc522", status: () => "not answering" },
    ]);
    test.start();
    expect(log).to.deep.equal([
      "selftest-started 4 lockers",
      "selftest-door 1 closed",
      "selftest-door 2 open",
      "selftest-door 3 closed",
      "selftest-door 4 closed",
      "selftest-device keypad: present",
      "selftest-device reader 1 mfrc522: not answering",
      "selftest-confirm-wanted 1",
    ]);
  });
});
