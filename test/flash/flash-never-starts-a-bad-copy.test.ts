import { expect } from "chai";
import { exitCodes, flashBoard, FlashError, type FlashDependencies } from "../../scripts/flash/flash-board";
import { FakeBoard } from "../console/fake-board";
import { boardFixtures, boardOnTcp, cliAnsweringBoardCheck, tempDir, writeBundle } from "./flash-fixtures";

describe("flash: a copy in Storage that does not match the bundle", () => {
  it("fails the upload with what the board said, and is never started", async () => {
    const dir = tempDir();
    const board = new FakeBoard({ board: "VIRTUAL", storageCapacity: 100 });
    const { server, port } = await boardOnTcp(board);
    const deps: FlashDependencies = {
      loadBoards: boardFixtures,
      build: async () => writeBundle(dir.path).file,
      runEspruino: cliAnsweringBoardCheck("VIRTUAL"),
    };
    try {
      const error = await flashBoard({ board: "virtual", port, save: true, force: false }, deps).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(FlashError);
      expect((error as FlashError).exitCode).to.equal(exitCodes.upload);
      expect((error as FlashError).message).to.equal(
        "upload failed: there is no .bootcde on the board after writing " +
          "(the board said: Uncaught Error: Unable to find or create file); nothing was started",
      );
      expect(board.events).to.deep.equal(["reset"]);
      expect(board.global("booted")).to.equal(undefined);
    } finally {
      await server.close();
      dir.remove();
    }
  });
});
