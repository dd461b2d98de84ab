import { expect } from "chai";
import { exitCodes, flashBoard, FlashError } from "../../scripts/flash/flash-board";
import { FakeBoard } from "../console/fake-board";
import { boardFixtures, boardOnTcp, cliAnsweringBoardCheck, tempDir, writeBundle } from "./flash-fixtures";

describe("flash: a board that is not the one the bundle was built for", () => {
  it("is refused with both boards named and --force suggested, and nothing is written", async () => {
    const dir = tempDir();
    // The board check itself runs the real CLI in the happy-path tests; here it answers as a Pico.
    const board = new FakeBoard({ board: "PICO_R1_3" });
    const { server, port } = await boardOnTcp(board);
    try {
      const { file } = writeBundle(dir.path);
      const error = await flashBoard(
        { board: "virtual", port, save: true, force: false },
        { loadBoards: boardFixtures, build: async () => file, runEspruino: cliAnsweringBoardCheck("PICO_R1_3") },
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(FlashError);
      const flashError = error as FlashError;
      expect(flashError.exitCode).to.equal(exitCodes.wrongBoard);
      expect(flashError.message).to.match(/wrong board on tcp:\/\/127\.0\.0\.1:\d+: it reports PICO_R1_3/);
      expect(flashError.message).to.contain("virtual needs VIRTUAL");
      expect(flashError.message).to.contain("--force");
      expect([...board.storage.keys()]).to.deep.equal([]);
      expect(board.events).to.deep.equal([]);
    } finally {
      await server.close();
      dir.remove();
    }
  });
});
