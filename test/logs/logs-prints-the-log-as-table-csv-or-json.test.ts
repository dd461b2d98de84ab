import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LogsSession } from "./support/logs-session";

describe("npm run logs: output formats (virtual board over the serial bridge)", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(12);
  });
  afterEach(() => session.stop());

  it("prints a table with event names, lockers and reasons, and says what it verified", async () => {
    session.append(1);
    const result = await session.run("--key", "device.key");
    expect(result.code, result.err).to.equal(0);
    const lines = result.out.trim().split("\n");
    expect(lines[0]).to.match(/^seq\s+epoch\s+time\s+event\s+locker\s+user\s+result\s+reason\s+credVersion$/);
    expect(lines).to.have.length(14);
    expect(lines[1]).to.match(/^1\s+1\s+board\+0s\s+door-opened\s+1\b/);
    expect(lines[13]).to.match(/^13\s.*tamper-opened\s.*lockdown/);
    expect(result.err).to.contain("board virtual");
    expect(result.err).to.contain("13 record(s) read, structure, sequence and MACs verified");
  });

  it("writes CSV with a header row to --out", async () => {
    const result = await session.run("--format", "csv", "--out", "log.csv");
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.equal("");
    const csv = readFileSync(join(session.dir, "log.csv"), "utf8").trim().split("\n");
    expect(csv[0]).to.equal("seq,epoch,time,event,locker,user,result,reason,credVersion");
    expect(csv[2]).to.equal("2,1,board+1s,door-closed,2,,,,0");
    expect(csv).to.have.length(13);
    expect(result.err).to.contain("no --key: MACs not checked");
  });

  it("prints JSON with the device status, the verification and each record's bytes", async () => {
    const result = await session.run("--format", "json", "--key", "device.key");
    expect(result.code, result.err).to.equal(0);
    const doc = JSON.parse(result.out);
    expect(doc.device).to.include({ board: "virtual", production: true, nextSeq: 13 });
    expect(doc.verification).to.deep.include({ ok: true, macsChecked: true });
    expect(doc.records).to.have.length(12);
    expect(doc.records[0]).to.include({ seq: 1, event: "door-opened", locker: 1 });
    expect(doc.records[0].hex).to.match(/^a1[0-9a-f]{62}$/);
  });
});
