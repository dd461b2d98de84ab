import { expect } from "chai";
import { LogsSession } from "./support/logs-session";

describe("npm run logs: --from", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(300);
  });
  afterEach(() => session.stop());

  it("starts at EPOCH:SEQ and reads to the newest record across several pages", async () => {
    const result = await session.run("--from", "1:100", "--format", "csv", "--key", "device.key");
    expect(result.code, result.err).to.equal(0);
    const rows = result.out.trim().split("\n").slice(1);
    expect(rows).to.have.length(201);
    expect(rows[0]).to.match(/^100,1,/);
    expect(rows[200]).to.match(/^300,1,/);
  });

  it("exits 1 with a clear message for a malformed --from", async () => {
    const result = await session.run("--from", "12");
    expect(result.code).to.equal(1);
    expect(result.err).to.contain("--from must be EPOCH:SEQ");
  });

  it("exits 4 with range-gone naming the oldest record when the start is no longer held", async () => {
    // Acknowledge everything, then fill the ring until the oldest pages are reused.
    expect((await session.run("--ack", "--format", "csv")).code).to.equal(0);
    session.append(4900);
    const result = await session.run("--from", "1:1");
    expect(result.code, result.err).to.equal(4);
    expect(result.err).to.match(/range-gone, oldest is 1:\d+/);
  });
});
