import { expect } from "chai";
import { FakeLockers, selfTestOn } from "./fake-lockers";

describe("self-test: keypad control", () => {
  it("# releases, * skips, 0 aborts; digits 1-9 are not the self-test's and release nothing", () => {
    const lockers = new FakeLockers(4);
    const { test } = selfTestOn(lockers);
    test.start();
    for (const key of "123456789") expect(test.handleKey(key), `key ${key}`).to.equal(false);
    expect(lockers.calls).to.deep.equal([]);
    expect(test.handleKey("*")).to.equal(true);
    expect(test.handleKey("#")).to.equal(true);
    expect(lockers.calls).to.deep.equal(["release 2"]);
    expect(test.handleKey("0")).to.equal(true);
    expect(lockers.calls).to.deep.equal(["release 2", "secureAll"]);
    expect(test.handleKey("#"), "keys after abort").to.equal(false);
  });
});
