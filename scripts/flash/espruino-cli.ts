/**
 * Runs the `espruino` CLI (node_modules/espruino) as a child process and watches what it prints.
 *
 * The CLI cannot be trusted to end by itself: it exits 500 ms after the board last printed
 * something, so a program that keeps printing keeps it alive, and a stalled connection leaves
 * it waiting. It also exits 0 when it could not connect. So: every run has an overall timeout
 * and a quiet-time limit, the caller can stop it once it has seen what it needed, and the
 * caller decides success from the output, not from the exit code.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

export interface EspruinoRunOptions {
  /** Arguments after the CLI's name (the runner adds nothing). */
  args: string[];
  /** Kill the CLI after this long, whatever it is doing. */
  timeoutMs: number;
  /** Kill the CLI when it has printed nothing for this long. */
  quietMs: number;
  /**
   * Every line the CLI prints (stdout and stderr), as it comes. Return true to stop the CLI now,
   * or a number of milliseconds to let it run on for at most that long.
   */
  onLine?: (line: string) => boolean | number | void;
  cwd?: string;
}

export type EspruinoRunEnd = "exited" | "stopped" | "timeout" | "quiet";

export interface EspruinoRunResult {
  end: EspruinoRunEnd;
  exitCode: number | null;
  lines: string[];
}

export type EspruinoRunner = (options: EspruinoRunOptions) => Promise<EspruinoRunResult>;

export function espruinoCliPath(): string {
  return createRequire(import.meta.url).resolve("espruino/bin/espruino-cli.js");
}

export const runEspruinoCli: EspruinoRunner = (options) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [espruinoCliPath(), ...options.args], {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    let end: EspruinoRunEnd = "exited";
    let finished = false;
    const pending = { stdout: "", stderr: "" };

    const stop = (why: EspruinoRunEnd) => {
      if (finished) return;
      finished = true;
      end = why;
      child.kill("SIGKILL");
    };
    const overall = setTimeout(() => stop("timeout"), options.timeoutMs);
    let quiet = setTimeout(() => stop("quiet"), options.quietMs);
    let settling: ReturnType<typeof setTimeout> | undefined;

    const take = (stream: "stdout" | "stderr", chunk: Buffer) => {
      clearTimeout(quiet);
      if (!finished) quiet = setTimeout(() => stop("quiet"), options.quietMs);
      pending[stream] += chunk.toString("latin1");
      const parts = pending[stream].split("\n");
      pending[stream] = parts.pop() ?? "";
      for (const line of parts) deliver(line);
    };
    const deliver = (line: string) => {
      const clean = line.replace(/\r$/, "");
      lines.push(clean);
      if (finished) return;
      const verdict = options.onLine?.(clean);
      if (verdict === true) stop("stopped");
      else if (typeof verdict === "number" && !settling) settling = setTimeout(() => stop("stopped"), verdict);
    };
    child.stdout.on("data", (chunk: Buffer) => take("stdout", chunk));
    child.stderr.on("data", (chunk: Buffer) => take("stderr", chunk));
    child.on("error", (error) => {
      clearTimeout(overall);
      clearTimeout(quiet);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(overall);
      clearTimeout(quiet);
      clearTimeout(settling);
      for (const rest of [pending.stdout, pending.stderr]) if (rest !== "") deliver(rest);
      finished = true;
      resolve({ end, exitCode: code, lines });
    });
  });
