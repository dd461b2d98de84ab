/** Shared set-up for flash tests: board definitions read straight from boards/, a bundle file, a board on TCP. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BoardDefinition } from "../../hal/board";
import { startConsoleServer, type ConsoleServer } from "../../hal/virtual/console-server";
import type { ReplTarget } from "../../hal/virtual/repl-target";
import { runEspruinoCli, type EspruinoRunner } from "../../scripts/flash/espruino-cli";
import type { FlashProgress, FlashStage } from "../../scripts/flash/flash-board";

const repoRoot = join(__dirname, "..", "..");

export function boardFixtures(): BoardDefinition[] {
  return ["virtual", "espruino-pico"].map(
    (id) => JSON.parse(readFileSync(join(repoRoot, "boards", `${id}.json`), "utf8")) as BoardDefinition,
  );
}

/** A bundle long enough to take several Storage chunks; it announces itself when it runs. */
export function writeBundle(dir: string): { file: string; code: string } {
  const padding = Array.from({ length: 40 }, (_, i) => `// padding line ${i} ${"x".repeat(30)}`).join("\n");
  const code = `${padding}\nvar booted = "yes";\nprint("FIRMWARE UP");\n`;
  const file = join(dir, "bundle.js");
  writeFileSync(file, code);
  return { file, code };
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), "flash-test-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function boardOnTcp(target: ReplTarget): Promise<{ server: ConsoleServer; port: string }> {
  const server = await startConsoleServer(target, { port: 0 });
  return { server, port: `tcp://127.0.0.1:${server.port}` };
}

export function recordingProgress(): FlashProgress & { stages: FlashStage[]; lastSent: number; total: number } {
  const record = {
    stages: [] as FlashStage[],
    lastSent: 0,
    total: 0,
    stage(stage: FlashStage) {
      record.stages.push(stage);
    },
    sent(bytes: number, total: number) {
      record.lastSent = bytes;
      record.total = total;
    },
  };
  return record;
}

/**
 * The real CLI for uploads, but the board check (the CLI run with -e) answered as a board
 * reporting `espruinoBoard` would: keeps the number of slow CLI runs in the suite down.
 */
export function cliAnsweringBoardCheck(espruinoBoard: string): EspruinoRunner {
  return (options) => {
    if (!options.args.includes("-e")) return runEspruinoCli(options);
    const lines = [`--] FLASH-ENV ${espruinoBoard} 2v29.277`];
    lines.forEach((line) => options.onLine?.(line));
    return Promise.resolve({ end: "stopped", exitCode: null, lines });
  };
}
