import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startConsoleServer, type ConsoleServer } from "../../hal/virtual/console-server";
import { runEspruinoCli } from "../../scripts/flash/espruino-cli";
import { FakeBoard } from "./fake-board";

describe("the real espruino CLI on the console server", () => {
  let server: ConsoleServer;
  let board: FakeBoard;
  let dir: string;

  before(async () => {
    board = new FakeBoard();
    server = await startConsoleServer(board, { port: 0 });
    dir = mkdtempSync(join(tmpdir(), "console-cli-"));
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("resets the board, uploads a multi-line program, evaluates -e and exits by itself", async () => {
    const program = join(dir, "program.js");
    writeFileSync(program, 'var x = 21;\nfunction dbl(v) {\n  return v * 2;\n}\nprint("LOADED");\n');
    const result = await runEspruinoCli({
      args: ["--no-ble", "-p", `tcp://127.0.0.1:${server.port}`, "--config", "SERIAL_THROTTLE_SEND=1", program, "-e", 'print("RESULT", dbl(x))'],
      timeoutMs: 15_000,
      quietMs: 10_000,
    });
    expect(result.end, result.lines.join("\n")).to.equal("exited");
    expect(result.exitCode).to.equal(0);
    expect(result.lines).to.include("--] LOADED");
    expect(result.lines).to.include("--] RESULT 42");
    expect(board.events[0]).to.equal("reset");
    expect(board.global("x")).to.equal(21);
    expect(board.evaluate("dbl.toString()")).to.contain("return v * 2");
  });
});
