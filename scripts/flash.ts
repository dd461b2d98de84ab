/**
 * `npm run flash -- --board <id> --port <port> [--no-save] [--force]`
 *
 * Builds the board's bundle, checks the connected board is the Espruino build it was made for,
 * writes it to Storage `.bootcde` (runs at power-on), verifies it there and starts it.
 * Exit codes: 0 ok, 2 usage (no port, unknown board), 3 cannot connect, 4 wrong board,
 * 5 upload/verification failed or timed out, 6 build failed.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SingleBar, Presets } from "cli-progress";
import { Command } from "commander";
import type { BoardDefinition } from "../hal/board";
import { runEspruinoCli } from "./flash/espruino-cli";
import { exitCodes, flashBoard, FlashError, type FlashOptions, type FlashProgress, type FlashStage } from "./flash/flash-board";

const stageText: Record<FlashStage, string> = {
  build: "building",
  identify: "asking the board what it is",
  upload: "uploading",
  verify: "verified on the board",
  done: "done",
};

/** A progress bar on a terminal; plain lines otherwise (CI logs). */
function terminalProgress(): FlashProgress & { stop(): void } {
  const interactive = Boolean(process.stderr.isTTY);
  const bar = new SingleBar(
    { stream: process.stderr, format: "  {bar} {percentage}% | {value}/{total} bytes sent", hideCursor: true },
    Presets.shades_classic,
  );
  let barActive = false;
  return {
    stage(stage, detail) {
      if (barActive && stage !== "upload") {
        bar.stop();
        barActive = false;
      }
      process.stderr.write(`${stageText[stage]}${detail ? `: ${detail}` : ""}\n`);
    },
    sent(bytes, total) {
      if (!interactive) return;
      if (!barActive) {
        bar.start(total, 0);
        barActive = true;
      }
      bar.update(bytes);
    },
    stop() {
      if (barActive) bar.stop();
    },
  };
}

async function loadKnownBoards(): Promise<BoardDefinition[]> {
  const { loadBoards } = await import("./build/boards");
  return loadBoards(resolve(fileURLToPath(import.meta.url), "..", "..", "boards"));
}

async function buildOne(boardId: string): Promise<string> {
  const { buildBoards } = await import("./build");
  const [built] = await buildBoards({ boards: [boardId], quiet: true });
  return built.file;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name("flash")
    .description("Build a board's bundle and flash it with the espruino CLI so it runs at power-on")
    .requiredOption("-b, --board <id>", "board id (a file name in boards/, without .json)")
    .option("-p, --port <port>", "serial port (/dev/ttyACM0, COM3) or tcp://HOST:PORT")
    .option("--no-save", "upload to RAM only (lost at reset) instead of Storage .bootcde")
    .option("--force", "flash even if the connected board reports a different Espruino build", false)
    .option("--bundle <file>", "upload this file instead of building the board's bundle")
    .option("--timeout <seconds>", "give up on the upload after this long", (v) => Number.parseFloat(v))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : exitCodes.usage;
  }
  const opts = program.opts<{ board: string; port?: string; save: boolean; force: boolean; bundle?: string; timeout?: number }>();
  const progress = terminalProgress();
  const options: FlashOptions = {
    board: opts.board,
    port: opts.port,
    save: opts.save,
    force: opts.force,
    bundle: opts.bundle,
    timeoutMs: opts.timeout !== undefined ? opts.timeout * 1000 : undefined,
  };
  try {
    let boards: BoardDefinition[];
    try {
      boards = await loadKnownBoards();
    } catch (error) {
      throw new FlashError(`cannot read the board definitions: ${(error as Error).message}`, exitCodes.build);
    }
    const result = await flashBoard(options, {
      loadBoards: () => boards,
      build: buildOne,
      runEspruino: runEspruinoCli,
      progress,
    });
    progress.stop();
    for (const line of result.boardOutput) if (line.trim() !== "") process.stdout.write(`board> ${line}\n`);
    process.stdout.write(
      `${result.board.id}: ${result.bytes} bytes (CRC32 ${result.crc32.toString(16).padStart(8, "0")}) ` +
        `${result.saved ? "saved to Storage .bootcde, verified and started" : "uploaded to RAM"} ` +
        `on ${result.connectedBoard} (Espruino ${result.firmwareVersion})\n`,
    );
    return 0;
  } catch (error) {
    progress.stop();
    if (error instanceof FlashError) {
      process.stderr.write(`flash: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`flash: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
