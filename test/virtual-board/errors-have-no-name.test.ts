import { expect } from "chai";
import { bootWith } from "./board-fixture";

describe("virtual board: errors have no name, String(e) is '<Type>: <message>'", () => {
  it("gives e.name undefined and keeps the type in String(e)", () => {
    const board = bootWith("");
    expect(board.evaluate(`new Error("m").name`)).to.equal(undefined);
    expect(board.evaluate(`String(new Error("m"))`)).to.equal("Error: m");
    expect(board.evaluate(`String(new TypeError("t"))`)).to.equal("TypeError: t");
    expect(board.evaluate(`new InternalError("i") instanceof Error`)).to.equal(true);
  });
});
