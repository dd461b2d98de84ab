import { expect } from "chai";
import { RECORD_BYTES, getU32 } from "../../src/audit/record";
import { LogsSession } from "./support/logs-session";

describe("npm run logs: a log that does not verify", () => {
  let session: LogsSession;
  beforeEach(async () => {
    session = await LogsSession.start(40);
  });
  afterEach(() => session.stop());

  it("exits 3 with a bad MAC at the first record when the key is not this device's", async () => {
    const result = await session.run("--key", "other.key");
    expect(result.code).to.equal(3);
    expect(result.err).to.contain("record #1 of this export (seq 1) has a MAC that does not verify");
  });

  it("exits 3 naming the record where the chain breaks when a record is damaged in flash", async () => {
    const flash = session.bank.device.flash;
    const partition = session.bank.device.board.flash.partitions.log;
    let damaged = false;
    for (let at = partition.start; at < partition.start + partition.size && !damaged; at += RECORD_BYTES) {
      const slot = flash.read(at, RECORD_BYTES);
      if (slot[0] === 0xa1 && getU32(slot, 4) === 17) {
        // Clears bits of the time field (NOR programming can only clear bits), one aligned word.
        const word = slot.slice(8, 12);
        const byte = word.findIndex((b) => b !== 0);
        word[byte] &= word[byte] - 1;
        flash.program(at + 8, word);
        damaged = true;
      }
    }
    expect(damaged).to.equal(true);
    const result = await session.run("--key", "device.key", "--format", "csv");
    expect(result.code).to.equal(3);
    // The device's read skips a record that fails its check, and the next one, whose MAC chains
    // to it; the export then shows the hole at the first record after it.
    expect(result.err, result.err).to.contain("(seq 19) follows seq 16: 2 record(s) missing");
    expect(result.err).to.contain("the log does not verify");
  });

  it("exits 1 naming the problem when the port cannot be opened", async () => {
    const result = await session.run("--port", "tcp://127.0.0.1:1");
    expect(result.code).to.equal(1);
    expect(result.err).to.contain("cannot connect to tcp://127.0.0.1:1");
  });
});
