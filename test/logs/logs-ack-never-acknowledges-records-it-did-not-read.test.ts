import { expect } from "chai";
import { LogsSession } from "./support/logs-session";

/**
 * An acknowledgement is cumulative: the board takes "up to seq N" to mean every record up to N,
 * and may reuse their space. A read that started with --from after the board's watermark has
 * not seen the records between, so it must not acknowledge past them.
 */
describe("npm run logs: --ack after --from", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(30);
  });
  afterEach(() => session.stop());

  it("acknowledges nothing when --from starts after the board's watermark, and says why", async () => {
    const result = await session.run("--from", "1:20", "--ack", "--key", "device.key", "--format", "csv");
    expect(result.code).to.not.equal(0);
    expect(result.err).to.contain("nothing was acknowledged");
    expect(result.err).to.contain("1..19");
    const again = await session.run("--from", "oldest", "--format", "csv");
    expect(again.err).to.contain("acknowledged up to 0:0, 30 unacknowledged");
  });

  it("still acknowledges when --from starts right after the watermark", async () => {
    const first = await session.run("--from", "oldest", "--ack", "--key", "device.key", "--format", "csv");
    expect(first.code, first.err).to.equal(0);
    session.append(5);
    const result = await session.run("--from", "1:31", "--ack", "--key", "device.key", "--format", "csv");
    expect(result.code, result.err).to.equal(0);
    expect(result.err).to.contain("acknowledged up to 1:35");
  });
});
