import { expect } from "chai";
import { runEspruinoCli } from "../../scripts/flash/espruino-cli";
import { flashBoard, type FlashResult } from "../../scripts/flash/flash-board";
import { FakeBoard } from "../console/fake-board";
import { boardFixtures, boardOnTcp, recordingProgress, tempDir, writeBundle } from "./flash-fixtures";

describe("flash: happy path with the real espruino CLI", () => {
  const dir = tempDir();
  const board = new FakeBoard({ board: "VIRTUAL" });
  const progress = recordingProgress();
  const built: string[] = [];
  let bundle: { file: string; code: string };
  let result: FlashResult;
  let stopServer: () => Promise<void>;

  before(async () => {
    bundle = writeBundle(dir.path);
    board.storage.set(".bootcde", Buffer.from("old firmware"));
    const { server, port } = await boardOnTcp(board);
    stopServer = () => server.close();
    result = await flashBoard(
      { board: "virtual", port, save: true, force: false },
      {
        loadBoards: boardFixtures,
        build: async (id) => {
          built.push(id);
          return bundle.file;
        },
        runEspruino: runEspruinoCli,
        progress,
      },
    );
  });
  after(async () => {
    await stopServer();
    dir.remove();
  });

  it("builds the bundle of the board asked for", () => {
    expect(built).to.deep.equal(["virtual"]);
  });

  it("leaves exactly the bundle in Storage as .bootcde", () => {
    expect(board.storage.get(".bootcde")?.toString("latin1")).to.equal(bundle.code);
    expect(result.bytes).to.equal(bundle.code.length);
  });

  it("stops the old program with reset() before writing, and starts the new one with load()", () => {
    expect(board.events).to.deep.equal(["reset", "load"]);
    expect(board.global("booted")).to.equal("yes");
    expect(result.boardOutput).to.include("FIRMWARE UP");
  });

  it("reports the connected board and shows progress through every stage", () => {
    expect(result.connectedBoard).to.equal("VIRTUAL");
    expect(result.firmwareVersion).to.equal("2v29.277");
    expect(progress.stages).to.deep.equal(["build", "identify", "upload", "verify", "done"]);
    expect(progress.lastSent).to.be.greaterThan(0.9 * progress.total);
  });
});
