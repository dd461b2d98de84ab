/**
 * `npm run logs`: read the audit log over the maintenance port, verify it, print it, remember
 * where it stopped and, with --ack, acknowledge what was read and verified.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { SingleBar } from "cli-progress";
import { ALARM_NAMES, formatPosition, type Position, type StatusReply } from "../../src/maintenance/messages";
import { DeviceError, MaintenanceClient, NoAnswerError } from "./client";
import { formatCsv, formatJson, formatTable, recordRow } from "./format";
import { LinkError, openLink } from "./link";
import { readLog, ResumeMismatchError } from "./read-log";
import { deviceKey, loadState, saveState } from "./state";
import { verifyExport } from "./verify";

export const EXIT = {
  ok: 0,
  usage: 1,
  noAnswer: 2,
  verifyFailed: 3,
  rangeGone: 4,
  resumeMismatch: 5,
  deviceError: 6,
} as const;

export interface LogsIo {
  out(text: string): void;
  err(text: string): void;
  /** Show a progress bar (a terminal on stderr). */
  progress: boolean;
  cwd: string;
  timeoutMs?: number;
}

const defaultIo: LogsIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  progress: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};

export function parsePosition(text: string): Position | "oldest" {
  if (text === "oldest") return "oldest";
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`--from must be EPOCH:SEQ (e.g. 3:1200) or "oldest", not "${text}"`);
  return { epoch: Number(match[1]), seq: Number(match[2]) };
}

export function readKeyFile(file: string): Uint8Array {
  const content = readFileSync(file);
  const text = content.toString("utf8").trim();
  if (/^([0-9a-fA-F]{2})+$/.test(text)) return new Uint8Array(Buffer.from(text, "hex"));
  return new Uint8Array(content);
}

function describeStatus(s: StatusReply): string {
  const alarms = ALARM_NAMES.filter((_, i) => (s.alarms & (1 << i)) !== 0);
  return (
    `board ${s.board}, firmware ${s.firmware}${s.production ? "" : " (development build)"}, epoch ${s.epoch}; ` +
    `log ${s.empty ? "empty" : `${formatPosition(s.oldest)} .. seq ${s.nextSeq - 1}`}, acknowledged up to ${formatPosition(s.watermark)}, ` +
    `${s.unacknowledged} unacknowledged (${s.fillPercent}% of ${s.capacity})` +
    `${alarms.length ? `, ALARMS: ${alarms.join(", ")}` : ""}${s.dropped ? `, ${s.dropped} events dropped` : ""}`
  );
}

export async function runLogs(argv: string[], io: LogsIo = defaultIo): Promise<number> {
  const program = new Command()
    .name("npm run logs --")
    .description("Read, verify and print a locker controller's audit log over its USB maintenance port")
    .requiredOption("--port <port>", "serial port (/dev/ttyACM0, COM3) or tcp://HOST:PORT (the virtual board's serial bridge)")
    .option("--from <epoch:seq>", 'start at this record (inclusive), or "oldest"; default: after the last record read from this device')
    .option("--format <format>", "table, csv or json", "table")
    .option("--out <file>", "write the records to this file instead of the terminal")
    .option("--key <file>", "device key (hex or raw bytes): verify every record's MAC")
    .option("--ack", "acknowledge the records read and verified, so the device may reuse their space")
    .option("--state <file>", "where the last record read per device is remembered", ".logs-state.json")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const opts = program.opts<{ port: string; from?: string; format: string; out?: string; key?: string; ack?: boolean; state: string }>();
  const fail = (code: number, message: string) => {
    io.err(`error: ${message}\n`);
    return code;
  };
  if (!["table", "csv", "json"].includes(opts.format)) return fail(EXIT.usage, `--format must be table, csv or json, not "${opts.format}"`);
  let from: Position | "oldest" | undefined;
  let key: Uint8Array | undefined;
  try {
    from = opts.from === undefined ? undefined : parsePosition(opts.from);
    key = opts.key === undefined ? undefined : readKeyFile(resolve(io.cwd, opts.key));
  } catch (error) {
    return fail(EXIT.usage, (error as Error).message);
  }

  let link;
  try {
    link = await openLink(opts.port);
  } catch (error) {
    return fail(EXIT.usage, (error as Error).message);
  }
  const client = new MaintenanceClient(link, { timeoutMs: io.timeoutMs });
  const stateFile = resolve(io.cwd, opts.state);
  const bar = io.progress ? new SingleBar({ format: "reading {bar} {value}/{total} records", stream: process.stderr }) : undefined;
  try {
    const state = loadState(stateFile);
    const status = await client.status();
    const device = deviceKey(status.board, opts.port);
    io.err(`${describeStatus(status)}\n`);
    let started = false;
    const read = await readLog(client, {
      from,
      resume: from === undefined ? state[device] : undefined,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
    });
    bar?.stop();
    const verified = verifyExport({ bytes: read.bytes, announcedNewestSeq: read.announcedNewestSeq, anchor: read.anchor, key });
    for (const warning of verified.warnings) io.err(`warning: ${warning}\n`);
    const rows = verified.records.map(recordRow);
    const verification = {
      macsChecked: verified.macsChecked,
      ok: verified.failure === undefined,
      failure: verified.failure?.message,
      warnings: verified.warnings,
    };
    const text =
      opts.format === "csv" ? formatCsv(rows) : opts.format === "json" ? formatJson({ device: read.status, verification, rows, raw: verified.raw }) : formatTable(rows);
    if (opts.out) writeFileSync(resolve(io.cwd, opts.out), text);
    else io.out(text);
    if (verified.failure) {
      return fail(EXIT.verifyFailed, `the log does not verify: ${verified.failure.message}. Nothing was acknowledged and the resume point is unchanged.`);
    }
    io.err(`${rows.length} record(s) read, ${verified.macsChecked ? "structure, sequence and MACs" : "structure and sequence (no --key: MACs not checked)"} verified\n`);
    const last = verified.records[verified.records.length - 1];
    if (last) {
      state[device] = { epoch: last.epoch, seq: last.seq, mac: Buffer.from(last.mac).toString("hex") };
      saveState(stateFile, state);
    }
    if (opts.ack && last && from !== undefined && from !== "oldest" && from.seq > read.status.watermark.seq + 1) {
      // An acknowledgement covers every record up to it: the ones before --from were not read here.
      return fail(
        EXIT.usage,
        `--ack: records ${read.status.watermark.seq + 1}..${from.seq - 1} were not read (--from ${formatPosition(from)} starts after the board's watermark ${formatPosition(read.status.watermark)}), so nothing was acknowledged. Read with --from oldest to acknowledge.`,
      );
    }
    if (opts.ack && last) {
      const ack = await client.acknowledge({ epoch: last.epoch, seq: last.seq });
      io.err(`acknowledged up to ${formatPosition(ack.watermark)}; ${ack.unacknowledged} record(s) still unacknowledged\n`);
    }
    return EXIT.ok;
  } catch (error) {
    bar?.stop();
    if (error instanceof NoAnswerError) return fail(EXIT.noAnswer, error.message);
    if (error instanceof ResumeMismatchError) {
      return fail(EXIT.resumeMismatch, `${error.message}. Read again with --from oldest (or --from EPOCH:SEQ).`);
    }
    if (error instanceof DeviceError && error.code === "range-gone") {
      return fail(EXIT.rangeGone, `${error.message}: those records were already acknowledged and their space reused. Use --from oldest.`);
    }
    if (error instanceof DeviceError) return fail(EXIT.deviceError, `the board refused: ${error.message}`);
    if (error instanceof LinkError) return fail(EXIT.usage, error.message);
    throw error;
  } finally {
    await link.close();
  }
}
