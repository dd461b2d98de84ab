import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BoardDefinition } from "../../hal/board";
import { startConsoleServer, type ConsoleServer } from "../../hal/virtual/console-server";
import { VirtualBoard } from "../../hal/virtual/virtual-board";
import { runEspruinoCli } from "../../scripts/flash/espruino-cli";
import { flashBoard, type FlashResult } from "../../scripts/flash/flash-board";
import { tempDir, writeBundle } from "./flash-fixtures";

describe("flash: the virtual board end to end (real espruino CLI, TCP console)", () => {
  const dir = tempDir();
  const definition = JSON.parse(readFileSync(join(__dirname, "..", "..", "boards", "virtual.json"), "utf8")) as BoardDefinition;
  const board = new VirtualBoard({ board: definition });
  let server: ConsoleServer;
  let bundle: { file: string; code: string };
  let result: FlashResult;

  before(async () => {
    board.powerOn();
    server = await startConsoleServer(board, { port: 0 });
    bundle = writeBundle(dir.path);
    result = await flashBoard(
      { board: "virtual", port: `tcp://127.0.0.1:${server.port}`, save: true, force: false },
      { loadBoards: () => [definition], build: async () => bundle.file, runEspruino: runEspruinoCli },
    );
  });
  after(async () => {
    await server.close();
    board.dispose();
    dir.remove();
  });

  it("finds the board by the process.env.BOARD the virtual board reports", () => {
    expect(result.connectedBoard).to.equal("VIRTUAL");
  });

  it("leaves the bundle in the board's Storage as .bootcde, byte for byte", () => {
    expect(board.storage.read(".bootcde")).to.equal(bundle.code);
  });

  it("starts the firmware right away", () => {
    expect(board.evaluate("booted")).to.equal("yes");
    expect(result.boardOutput).to.include("FIRMWARE UP");
  });

  it("runs the firmware again at the next power-on", () => {
    board.powerCut();
    board.clearOutput();
    board.powerOn();
    expect(board.output).to.contain("FIRMWARE UP");
    expect(board.evaluate("booted")).to.equal("yes");
  });
});
