/**
 * `npm run logs` in-process against the maintenance test firmware on a virtual board, through
 * the serial bridge on a loopback TCP port, with its state and output files in a temp dir.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LockerBank } from "../../../hal/virtual/locker-bank";
import { startSerialBridge, type SerialBridge } from "../../../hal/virtual/serial-bridge";
import { runLogs } from "../../../scripts/logs/run";
import { maintenanceBank, TEST_DEVICE_KEY } from "../../maintenance/support/maintenance-board";

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

export class LogsSession {
  readonly dir = mkdtempSync(join(tmpdir(), "logs-test-"));

  private constructor(
    readonly bank: LockerBank,
    readonly bridge: SerialBridge,
  ) {
    writeFileSync(join(this.dir, "device.key"), Buffer.from(TEST_DEVICE_KEY).toString("hex"));
    writeFileSync(join(this.dir, "other.key"), "00".repeat(32));
  }

  static async start(records: number): Promise<LogsSession> {
    const bank = await maintenanceBank({ production: true, records });
    return new LogsSession(bank, await startSerialBridge(bank.device, { port: 0 }));
  }

  get port(): string {
    return `tcp://127.0.0.1:${this.bridge.port}`;
  }

  async run(...args: string[]): Promise<RunResult> {
    let out = "";
    let err = "";
    const code = await runLogs(["--port", this.port, ...args], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      progress: false,
      cwd: this.dir,
      timeoutMs: 3000,
    });
    return { code, out, err };
  }

  /** Appends events on the board as its firmware would (host side, not through USB). */
  append(count: number): void {
    this.bank.device.evaluate(
      `for (var i = 0; i < ${count}; i++) testLog.append({ t: i * 1000, type: "tamper-opened", reason: "lockdown" });`,
    );
  }

  async stop(): Promise<void> {
    await this.bridge.close();
    this.bank.device.dispose();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
