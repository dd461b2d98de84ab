import { expect } from "chai";
import { FakeLockers, selfTestOn } from "./fake-lockers";

describe("self-test: releasing locks", () => {
  it("starting releases nothing; each confirm releases exactly the locker asked for, in order", () => {
    const lockers = new FakeLockers(3);
    const { test, log } = selfTestOn(lockers);
    test.start();
    expect(lockers.calls, "start alone released something").to.deep.equal([]);
    expect(test.currentLocker()).to.equal(1);

    test.confirm();
    expect(lockers.calls).to.deep.equal(["release 1"]);
    expect(test.currentLocker()).to.equal(2);
    test.skip();
    expect(lockers.calls, "skip released something").to.deep.equal(["release 1"]);
    test.confirm();
    expect(lockers.calls).to.deep.equal(["release 1", "release 3"]);
    expect(test.state()).to.equal("finished");

    test.confirm();
    expect(lockers.calls, "confirm after the end released something").to.have.length(2);
    expect(log.filter((l) => !l.startsWith("selftest-door") && !l.startsWith("selftest-started"))).to.deep.equal([
      "selftest-confirm-wanted 1",
      "selftest-released 1",
      "selftest-confirm-wanted 2",
      "selftest-skipped 2",
      "selftest-confirm-wanted 3",
      "selftest-released 3",
      "selftest-finished",
    ]);
  });

  it("a confirm before start releases nothing", () => {
    const lockers = new FakeLockers(2);
    const { test } = selfTestOn(lockers);
    test.confirm();
    test.handleKey("#");
    expect(lockers.calls).to.deep.equal([]);
    expect(test.state()).to.equal("idle");
  });
});
