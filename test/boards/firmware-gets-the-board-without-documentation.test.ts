import { expect } from "chai";
import { boardForFirmware, loadBoards } from "../../scripts/build/boards";

describe("boards: the copy compiled into a bundle", () => {
  it("leaves out notes and the log note, and keeps everything else", () => {
    const pico = loadBoards().find((b) => b.id === "espruino-pico")!;
    const forFirmware = boardForFirmware(pico);
    expect(forFirmware.notes).to.equal(undefined);
    expect(forFirmware.flash.logNote).to.equal("");
    expect(forFirmware.lockers).to.deep.equal(pico.lockers);
    expect(pico.notes, "the original is untouched").to.not.be.empty;
  });
});
