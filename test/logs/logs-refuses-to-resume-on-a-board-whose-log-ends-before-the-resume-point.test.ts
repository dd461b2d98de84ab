import { expect } from "chai";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LogsSession } from "./support/logs-session";

/**
 * The resume point is kept per board name and port, so a second board of the same kind plugged
 * into the same port is looked up under the first one's entry. When that board's log has not
 * reached the remembered seq, there is no record to compare MACs with: the tool must still say
 * this is not the log it read, rather than print nothing and exit 0.
 */
describe("npm run logs: resume on another board", () => {
  let first: LogsSession;
  let second: LogsSession;
  beforeEach(async () => {
    first = await LogsSession.start(30);
    second = await LogsSession.start(10);
  });
  afterEach(async () => {
    await first.stop();
    await second.stop();
  });

  it("exits 5 when the board on the port has no record as far as the one read last", async () => {
    const read = await first.run("--format", "csv");
    expect(read.code, read.err).to.equal(0);
    // The same port name for the second board: move the entry over to its bridge address.
    const state = JSON.parse(readFileSync(join(first.dir, ".logs-state.json"), "utf8")) as Record<string, unknown>;
    const [entry] = Object.values(state);
    const board = Object.keys(state)[0].split("@")[0];
    writeFileSync(join(second.dir, ".logs-state.json"), JSON.stringify({ [`${board}@${second.port}`]: entry }));
    copyFileSync(join(first.dir, "device.key"), join(second.dir, "device.key"));

    const result = await second.run("--format", "csv");
    expect(result.code, result.err).to.equal(5);
    expect(result.err).to.contain("--from oldest");
  });
});
