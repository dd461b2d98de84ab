import { expect } from "chai";
import { loadBoards } from "../../scripts/build/boards";

describe("boards: the shipped board files", () => {
  it("all validate, one per file, named by their id", () => {
    const boards = loadBoards();
    expect(boards.map((b) => b.id)).to.deep.equal(["esp32", "espruino-pico", "espruino-wifi", "virtual-32", "virtual"]);
  });

  it("give every physical board a keypad, a Wiegand reader and at least one locker, and the ESP32 an MFRC522", () => {
    for (const board of loadBoards()) {
      expect(board.keypad, board.id).to.not.equal(undefined);
      expect(board.cardReaders.some((r) => r.kind === "wiegand"), board.id).to.equal(true);
      expect(board.lockers.length, board.id).to.be.greaterThan(0);
    }
    const esp32 = loadBoards().find((b) => b.id === "esp32")!;
    expect(esp32.cardReaders.some((r) => r.kind === "mfrc522")).to.equal(true);
  });
});
