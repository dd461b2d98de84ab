import { expect } from "chai";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LogsSession } from "./support/logs-session";

const seqs = (csv: string) => csv.trim().split("\n").slice(1).map((line) => Number(line.split(",")[0]));

describe("npm run logs: resume", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(20);
  });
  afterEach(() => session.stop());

  it("reads only what is new since the last run from this device, chained to what it read before", async () => {
    const first = await session.run("--format", "csv", "--key", "device.key");
    expect(seqs(first.out)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    session.append(5);
    const second = await session.run("--format", "csv", "--key", "device.key");
    expect(second.code, second.err).to.equal(0);
    expect(seqs(second.out)).to.deep.equal([21, 22, 23, 24, 25]);
    const third = await session.run("--format", "csv");
    expect(third.code, third.err).to.equal(0);
    expect(seqs(third.out)).to.deep.equal([]);
    const state = JSON.parse(readFileSync(join(session.dir, ".logs-state.json"), "utf8"));
    expect(Object.values(state)[0]).to.include({ seq: 25 });
  });

  it("exits 5 when the device no longer holds the record it read last (another device or a wiped log)", async () => {
    await session.run("--format", "csv");
    const stateFile = join(session.dir, ".logs-state.json");
    const state = JSON.parse(readFileSync(stateFile, "utf8"));
    const key = Object.keys(state)[0];
    state[key].mac = "00".repeat(8);
    writeFileSync(stateFile, JSON.stringify(state));
    const result = await session.run("--format", "csv");
    expect(result.code).to.equal(5);
    expect(result.err).to.contain("seq 20 is not the one this tool read last");
    expect(result.err).to.contain("--from oldest");
  });
});
