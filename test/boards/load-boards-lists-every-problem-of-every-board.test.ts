import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { BoardValidationError, loadBoards } from "../../scripts/build/boards";
import { shippedBoard } from "./shipped-board";

describe("boards: loadBoards on a directory with several bad boards", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "boards-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("throws one BoardValidationError listing every problem of every board", () => {
    const pico = shippedBoard("espruino-pico");
    pico.buzzer.pin = "B15";
    pico.statusLed.pin = "Q1";
    const esp32 = shippedBoard("esp32");
    delete esp32.flash;
    writeFileSync(join(dir, "espruino-pico.json"), JSON.stringify(pico));
    writeFileSync(join(dir, "esp32.json"), JSON.stringify(esp32));
    writeFileSync(join(dir, "virtual.json"), JSON.stringify(shippedBoard("virtual")));
    writeFileSync(join(dir, "broken.json"), "{ not json");

    let caught: unknown;
    try {
      loadBoards(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(BoardValidationError);
    const errors = (caught as BoardValidationError).errors;
    const shown = dir.split(/[\\/]/).pop();
    expect(errors).to.have.length(4);
    expect(errors[0]).to.match(new RegExp(`^${shown}/broken\\.json: not valid JSON`));
    expect(errors[1]).to.equal(`${shown}/esp32.json: missing required property "flash"`);
    expect(errors[2]).to.match(new RegExp(`^${shown}/espruino-pico\\.json: unknown pin Q1 \\(statusLed\\)`));
    expect(errors[3]).to.equal(`${shown}/espruino-pico.json: pin B15 used twice (lockers[0].lock and buzzer)`);
    expect((caught as Error).message).to.contain("4 problems");
  });
});
