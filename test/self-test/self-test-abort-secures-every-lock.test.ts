import { expect } from "chai";
import { FakeLockers, selfTestOn } from "./fake-lockers";

describe("self-test: abort", () => {
  it("secures every lock, logs it, and ignores later confirmations", () => {
    const lockers = new FakeLockers(3);
    const { test, log } = selfTestOn(lockers);
    test.start();
    test.confirm();
    test.abort();
    expect(lockers.calls).to.deep.equal(["release 1", "secureAll"]);
    expect(log[log.length - 1]).to.equal("selftest-aborted 2 all locks secured");
    test.confirm();
    expect(lockers.calls).to.have.length(2);
    expect(test.state()).to.equal("aborted");
  });
});
