import { expect } from "chai";
import { bootHal } from "./support/hal-board";

describe("HAL flash pages on the virtual board", () => {
  it("programs, reads and erases whole units inside the board's free regions", async () => {
    const board = await bootHal();
    const start = board.board.flash.free[0].start;
    board.evaluate(`var f = hal.flash; f.erase(${start + 10}); f.program(${start + 4}, new Uint8Array([0x0f, 0xf0]))`);
    expect(board.evaluate(`f.read(${start + 3}, 4).join()`)).to.equal("255,15,240,255");
    expect(board.evaluate(`JSON.stringify(f.eraseUnitAt(${start + 4100}))`)).to.equal(JSON.stringify({ start: start + 4096, size: 4096 }));
    board.evaluate(`f.erase(${start + 5})`);
    expect(board.evaluate(`f.read(${start + 4}, 2).join()`)).to.equal("255,255");
  });

  it("refuses any address outside them, so Storage and the interpreter cannot be touched", async () => {
    const board = await bootHal();
    const storage = board.board.flash.storage.start;
    const erasesBefore = board.flash.counters.erases;
    expect(() => board.evaluate(`hal.flash.erase(${storage})`)).to.throw(/outside the board's free regions/);
    expect(() => board.evaluate(`hal.flash.program(${storage}, new Uint8Array([0]))`)).to.throw(/outside/);
    const free = board.board.flash.free[0];
    expect(() => board.evaluate(`hal.flash.read(${free.start + free.size - 1}, 2)`)).to.throw(/outside/);
    expect(board.flash.counters.erases).to.equal(erasesBefore);
  });
});
