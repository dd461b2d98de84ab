/**
 * Flashing a board with the `espruino` CLI, the way a technician would by hand:
 *
 * 1. check the port is there (a tcp:// port must accept a connection);
 * 2. build the board's bundle;
 * 3. ask the connected board what it is (`process.env.BOARD`) and refuse a different board;
 * 4. upload: `reset()`, write the bundle to Storage as `.bootcde` (what runs at power-on), then on
 *    the board compare the stored file's length and CRC32 with the bundle's and only if they
 *    match `load()` it. Without saving (`--no-save`) the bundle is typed into RAM instead.
 *
 * Every CLI run passes `--config SERIAL_THROTTLE_SEND=1` (without it, short payloads and `-e`
 * never finish) and is bounded by a timeout and a quiet-time limit.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { BoardDefinition } from "../../hal/board";
import type { EspruinoRunner, EspruinoRunResult } from "./espruino-cli";

export const exitCodes = { usage: 2, connection: 3, wrongBoard: 4, upload: 5, build: 6 } as const;

export class FlashError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface FlashOptions {
  board: string;
  port?: string;
  /** Write to Storage `.bootcde` so it runs at power-on (default); false: upload to RAM only. */
  save: boolean;
  /** Flash even if the connected board reports a different Espruino build. */
  force: boolean;
  /** Upload this file instead of building the board's bundle. */
  bundle?: string;
  /** Upper bound for the upload run; default grows with the bundle size. */
  timeoutMs?: number;
  /** Give up when the CLI prints nothing for this long. */
  quietMs?: number;
}

export type FlashStage = "build" | "identify" | "upload" | "verify" | "done";

export interface FlashProgress {
  stage(stage: FlashStage, detail?: string): void;
  /** Bytes of the upload the CLI has sent, of the total expected. */
  sent(bytes: number, total: number): void;
}

export interface FlashDependencies {
  loadBoards(): BoardDefinition[];
  /** Builds the board's bundle and returns its file. */
  build(boardId: string): Promise<string>;
  runEspruino: EspruinoRunner;
  progress?: FlashProgress;
}

export interface FlashResult {
  board: BoardDefinition;
  file: string;
  bytes: number;
  crc32: number;
  /** What the connected board reported as process.env.BOARD. */
  connectedBoard: string;
  firmwareVersion: string;
  saved: boolean;
  /** What the board printed during the upload (after the flash markers were taken out). */
  boardOutput: string[];
}

const ENV_MARKER = "FLASH-ENV";
const VERIFY_MARKER = "FLASH-VERIFY";
const MISMATCH_MARKER = "FLASH-MISMATCH";
const STORAGE_CHUNK = 384; // the CLI's chunk size for `--storage` uploads
const BOARD_LINE = /^--\] ?/;
/** How long to keep the CLI running after the upload, to catch what the started firmware prints. */
const BOOT_LISTEN_MS = 2000;

export async function flashBoard(options: FlashOptions, deps: FlashDependencies): Promise<FlashResult> {
  const progress = deps.progress ?? { stage: () => undefined, sent: () => undefined };
  const boards = deps.loadBoards();
  const board = boards.find((b) => b.id === options.board);
  if (!board) {
    const known = boards.map((b) => b.id).join(", ");
    throw new FlashError(`unknown board "${options.board}"; known boards: ${known}`, exitCodes.usage);
  }
  const port = options.port?.trim();
  if (!port) {
    throw new FlashError(
      "no port given: pass --port, e.g. --port /dev/ttyACM0, --port COM3 or --port tcp://127.0.0.1:2323 " +
        "(list serial ports with `npx espruino --no-ble --list`)",
      exitCodes.usage,
    );
  }
  await checkPortReachable(port);

  progress.stage("build", board.id);
  const file = options.bundle ?? (await buildBundle(deps, board.id));
  const code = readFileSync(file);
  const bytes = code.length;
  const checksum = crc32(code) >>> 0;

  progress.stage("identify", port);
  const identity = await identify(deps.runEspruino, port);
  if (identity.board !== board.espruinoBoard && !options.force) {
    throw new FlashError(
      `wrong board on ${port}: it reports ${identity.board} (Espruino ${identity.version}), ` +
        `but ${board.id} needs ${board.espruinoBoard}; check the port, or pass --force to flash anyway`,
      exitCodes.wrongBoard,
    );
  }

  progress.stage("upload", `${bytes} bytes`);
  const boardOutput = options.save
    ? await uploadToStorage(deps.runEspruino, port, file, bytes, checksum, options, progress)
    : await uploadToRam(deps.runEspruino, port, file, bytes, options, progress);
  progress.stage("done");
  return {
    board,
    file,
    bytes,
    crc32: checksum,
    connectedBoard: identity.board,
    firmwareVersion: identity.version,
    saved: options.save,
    boardOutput,
  };
}

async function buildBundle(deps: FlashDependencies, boardId: string): Promise<string> {
  try {
    return await deps.build(boardId);
  } catch (error) {
    throw new FlashError(`build failed for ${boardId}: ${(error as Error).message}`, exitCodes.build);
  }
}

function tcpAddress(port: string): { host: string; port: number } | undefined {
  if (!port.startsWith("tcp://")) return undefined;
  const rest = port.slice("tcp://".length);
  const colon = rest.lastIndexOf(":");
  if (colon < 0) return { host: rest || "localhost", port: 23 }; // the CLI's default
  return { host: rest.slice(0, colon) || "localhost", port: Number.parseInt(rest.slice(colon + 1), 10) };
}

/** Fail fast with a clear message rather than after the CLI's retries. */
async function checkPortReachable(port: string): Promise<void> {
  const tcp = tcpAddress(port);
  if (tcp) {
    if (!Number.isInteger(tcp.port) || tcp.port <= 0 || tcp.port > 65535) {
      throw new FlashError(`bad port ${port}: expected tcp://HOST:PORT`, exitCodes.usage);
    }
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: tcp.host, port: tcp.port });
      const timer = setTimeout(() => fail(new Error("no answer within 5 s")), 5000);
      const fail = (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        socket.destroy();
        const reason = error.code === "ECONNREFUSED" ? "connection refused" : error.message;
        reject(
          new FlashError(
            `cannot connect to ${port}: ${reason} (is the board's console, or the virtual board, listening there?)`,
            exitCodes.connection,
          ),
        );
      };
      socket.once("error", fail);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.end();
        resolve();
      });
    });
    return;
  }
  if (port.startsWith("/dev/") && !existsSync(port)) {
    throw new FlashError(
      `port ${port} not found: is the board plugged in? (list serial ports with \`npx espruino --no-ble --list\`)`,
      exitCodes.connection,
    );
  }
}

function baseArgs(port: string): string[] {
  return ["--no-ble", "--verbose", "-p", port, "--config", "SERIAL_THROTTLE_SEND=1"];
}

/** Lines the board printed, without the CLI's "--] " prefix and the terminal's escape codes. */
function boardLines(result: EspruinoRunResult): string[] {
  return result.lines.filter((l) => BOARD_LINE.test(l)).map(cleanBoardLine);
}

function cleanBoardLine(line: string): string {
  return line
    .replace(BOARD_LINE, "")
    .replace(/\x1B\[[0-9;]*[A-Za-z]/g, "")
    .replace(/^[>:]+/, "")
    .replace(/\r/g, "");
}

function connectionProblem(result: EspruinoRunResult, port: string): FlashError | undefined {
  const text = result.lines.join("\n");
  if (/ECONNREFUSED/.test(text)) {
    return new FlashError(`cannot connect to ${port}: connection refused`, exitCodes.connection);
  }
  if (/Port ".*" not found|Unable to connect/.test(text)) {
    return new FlashError(`cannot open ${port}: port not found or busy`, exitCodes.connection);
  }
  return undefined;
}

function endProblem(result: EspruinoRunResult, what: string, options: { quietMs: number; timeoutMs: number }) {
  if (result.end === "timeout") return `${what} timed out after ${Math.round(options.timeoutMs / 1000)} s`;
  if (result.end === "quiet") return `${what} stalled: the espruino CLI printed nothing for ${Math.round(options.quietMs / 1000)} s`;
  return `${what} ended without an answer from the board`;
}

async function identify(run: EspruinoRunner, port: string): Promise<{ board: string; version: string }> {
  let found: { board: string; version: string } | undefined;
  const limits = { timeoutMs: 30_000, quietMs: 15_000 };
  const result = await run({
    args: [...baseArgs(port), "-e", `print("${ENV_MARKER}",process.env.BOARD,process.env.VERSION)`],
    ...limits,
    onLine: (line) => {
      const match = BOARD_LINE.test(line) && new RegExp(`${ENV_MARKER} (\\S+) (\\S+)`).exec(cleanBoardLine(line));
      if (match) found = { board: match[1], version: match[2] };
      return found !== undefined;
    },
  });
  if (found) return found;
  throw (
    connectionProblem(result, port) ??
    new FlashError(
      `${endProblem(result, "asking the board what it is", limits)} on ${port}: ` +
        "no reply to process.env (is a JS console on that port? a board running saved code may need a safe boot)",
      exitCodes.connection,
    )
  );
}

/** What the CLI will send for `--storage .bootcde:file`, to show progress against. */
function storageUploadSize(bytes: number): number {
  let total = 0;
  for (let i = 0; i < bytes; i += STORAGE_CHUNK) {
    const part = Math.min(STORAGE_CHUNK, bytes - i);
    const base64 = 4 * Math.ceil(part / 3);
    total += `\x10require("Storage").write(".bootcde",atob(""),${i}${i === 0 ? `,${bytes}` : ""})\n`.length + base64;
  }
  return total;
}

/** `serial: Sending "<json string>"` in the CLI's verbose output: one chunk written to the port. */
function sentChunkLength(line: string): number {
  const match = /^serial: Sending (".*")$/.exec(line);
  if (!match) return 0;
  try {
    return (JSON.parse(match[1]) as string).length;
  } catch {
    return 0;
  }
}

function uploadLimits(bytes: number, options: FlashOptions) {
  return {
    timeoutMs: options.timeoutMs ?? 60_000 + bytes * 3,
    quietMs: options.quietMs ?? 20_000,
  };
}

async function uploadToStorage(
  run: EspruinoRunner,
  port: string,
  file: string,
  bytes: number,
  checksum: number,
  options: FlashOptions,
  progress: FlashProgress,
): Promise<string[]> {
  // The check runs on the board, after the writes and before load(): a bad copy is never started.
  // `require(m)` rather than `require("Storage")` keeps the CLI from looking the module up online.
  const check =
    `var m="Storage",s=require(m).read(".bootcde"),n=s?s.length:-1,c=s?E.CRC32(s)>>>0:-1;s=undefined;` +
    `print("${VERIFY_MARKER}",n,c);if(n===${bytes}&&c===${checksum})load();else print("${MISMATCH_MARKER}");\n`;
  const dir = mkdtempSync(join(tmpdir(), "flash-"));
  const checkFile = join(dir, "verify-and-load.js");
  writeFileSync(checkFile, check);
  const total = storageUploadSize(bytes);
  let sent = 0;
  let verified: { length: number; crc: number } | undefined;
  const limits = uploadLimits(bytes, options);
  let result: EspruinoRunResult;
  try {
    result = await run({
      // A file (not -e) makes the CLI send reset() first, so the old program stops before the writes.
      args: [...baseArgs(port), "--storage", `.bootcde:${file}`, checkFile],
      ...limits,
      onLine: (line) => {
        const chunk = sentChunkLength(line);
        if (chunk > 0 && verified === undefined) {
          sent += chunk;
          progress.sent(Math.min(sent, total), total);
        }
        const match = BOARD_LINE.test(line) && new RegExp(`${VERIFY_MARKER} (-?\\d+) (-?\\d+)`).exec(cleanBoardLine(line));
        if (match) {
          verified = { length: Number(match[1]), crc: Number(match[2]) >>> 0 };
          progress.stage("verify", `${verified.length} bytes, CRC32 ${hex(verified.crc)}`);
        }
        // After the check the board starts the firmware; keep listening a little to show its first words.
        return verified ? BOOT_LISTEN_MS : undefined;
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!verified) {
    throw (
      connectionProblem(result, port) ??
      new FlashError(`upload failed: ${endProblem(result, "the upload", limits)}${tail(result)}`, exitCodes.upload)
    );
  }
  const boardSaid = boardLines(result).filter((l) => !l.startsWith(VERIFY_MARKER));
  if (verified.length < 0) {
    const complaint = boardSaid.find((l) => l.startsWith("Uncaught"));
    throw new FlashError(
      `upload failed: there is no .bootcde on the board after writing${complaint ? ` (the board said: ${complaint})` : ""}; ` +
        "nothing was started",
      exitCodes.upload,
    );
  }
  if (verified.length !== bytes || verified.crc !== checksum) {
    throw new FlashError(
      `upload failed verification: the board's .bootcde has ${verified.length} bytes, CRC32 ${hex(verified.crc)}; ` +
        `the bundle has ${bytes} bytes, CRC32 ${hex(checksum)} (not started; Storage may be full)`,
      exitCodes.upload,
    );
  }
  // Once verified, the CLI may run on for as long as the started firmware prints: that is success.
  return boardSaid;
}

async function uploadToRam(
  run: EspruinoRunner,
  port: string,
  file: string,
  bytes: number,
  options: FlashOptions,
  progress: FlashProgress,
): Promise<string[]> {
  const limits = uploadLimits(bytes, options);
  let sent = 0;
  let complete = false;
  const result = await run({
    args: [...baseArgs(port), file],
    ...limits,
    onLine: (line) => {
      const chunk = sentChunkLength(line);
      if (chunk > 0) {
        sent += chunk;
        progress.sent(Math.min(sent, bytes), bytes);
      }
      if (line === "Upload Complete") complete = true;
      return complete ? BOOT_LISTEN_MS : undefined;
    },
  });
  if (!complete) {
    throw (
      connectionProblem(result, port) ??
      new FlashError(`upload failed: ${endProblem(result, "the upload", limits)}${tail(result)}`, exitCodes.upload)
    );
  }
  return boardLines(result);
}

function hex(n: number): string {
  return n.toString(16).padStart(8, "0");
}

function tail(result: EspruinoRunResult): string {
  const last = result.lines.filter((l) => l.trim() !== "" && !/^(Found |serial: Sending|  - )/.test(l)).slice(-5);
  return last.length > 0 ? `\n  last output:\n    ${last.join("\n    ")}` : "";
}
