import { expect } from "chai";
import { decodeError, ERROR_NOT_ALLOWED, REPLY_CONSOLE_RELEASED, REPLY_ERROR, REQUEST_RELEASE_CONSOLE } from "../../src/maintenance/messages";
import { FakeAuditLog } from "./support/fake-audit-log";
import { PortHarness } from "./support/port-harness";

describe("maintenance port: requests it does not serve", () => {
  it("answers not-allowed to every other type, logs the refusal and leaves the log untouched", () => {
    const log = new FakeAuditLog().fill(5);
    const port = new PortHarness(log);
    for (let type = 0; type < 256; type++) {
      if ([1, 2, 3].includes(type)) continue;
      const [reply] = port.request(type, new Uint8Array([1, 2, 3]));
      expect(reply.type, `type ${type}`).to.equal(REPLY_ERROR);
      expect(decodeError(reply.payload).code).to.equal(ERROR_NOT_ALLOWED);
    }
    expect(port.events[0]).to.include({ type: "maintenance-refused", reason: "not-allowed" });
    expect(log.records).to.have.length(5);
    expect(log.acknowledgements).to.equal(0);
    expect(port.consoleReleased).to.equal(false);
  });

  it("takes the console at start in production; a development build gives it back on request", () => {
    const production = new PortHarness(new FakeAuditLog(), { production: true });
    expect(production.consoleTaken).to.equal(true);
    const development = new PortHarness(new FakeAuditLog(), { production: false });
    expect(development.consoleTaken).to.equal(false);
    expect(development.request(REQUEST_RELEASE_CONSOLE)[0].type).to.equal(REPLY_CONSOLE_RELEASED);
    expect(development.consoleReleased).to.equal(true);
  });
});
