import { expect } from "chai";
import { LogsSession } from "./support/logs-session";

describe("npm run logs: --ack", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(30);
  });
  afterEach(() => session.stop());

  it("acknowledges up to the last record verified, and the device's watermark moves there", async () => {
    const result = await session.run("--ack", "--key", "device.key", "--format", "csv");
    expect(result.code, result.err).to.equal(0);
    expect(result.err).to.contain("acknowledged up to 1:30; 0 record(s) still unacknowledged");
    const again = await session.run("--format", "csv");
    expect(again.err).to.contain("acknowledged up to 1:30, 0 unacknowledged");
  });

  it("acknowledges nothing when the log does not verify", async () => {
    const result = await session.run("--ack", "--key", "other.key");
    expect(result.code).to.equal(3);
    expect(result.err).to.contain("Nothing was acknowledged");
    const again = await session.run("--from", "oldest", "--format", "csv");
    expect(again.err).to.contain("acknowledged up to 0:0, 30 unacknowledged");
  });
});
