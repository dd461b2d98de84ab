import { expect } from "chai";
import { validateBoard } from "../../scripts/build/boards";
import { shippedBoard } from "./shipped-board";

describe("flash partitions", () => {
  it("refuses a log partition outside every free region, naming it", () => {
    const board = shippedBoard("virtual") ;
    board.flash.partitions.log = { start: board.flash.storage.start, size: 4096 };
    const { errors } = validateBoard(board, "boards/virtual.json");
    expect(errors.join("\n")).to.match(/flash\.partitions\.log .* does not lie inside one flash\.free region/);
  });

  it("refuses a partition that is not whole erase units", () => {
    const board = shippedBoard("virtual") ;
    board.flash.partitions.log = { start: board.flash.partitions.log.start + 100, size: 8192 };
    const { errors } = validateBoard(board, "boards/virtual.json");
    expect(errors.join("\n")).to.match(/flash\.partitions\.log .* is not made of whole 4096-byte erase units/);
  });

  it("refuses overlapping partitions", () => {
    const board = shippedBoard("virtual") ;
    board.flash.partitions.credentials.b = { ...board.flash.partitions.credentials.a };
    const { errors } = validateBoard(board, "boards/virtual.json");
    expect(errors.join("\n")).to.match(/flash\.partitions\.credentials\.b .* overlaps flash\.partitions\.credentials\.a/);
  });

  it("refuses a state partition of a single erase unit (it could not be rewritten power-safely)", () => {
    const board = shippedBoard("virtual") ;
    board.flash.partitions.state = { start: board.flash.partitions.state.start, size: 4096 };
    const { errors } = validateBoard(board, "boards/virtual.json");
    expect(errors.join("\n")).to.match(/flash\.partitions\.state needs at least 2 erase units/);
  });
});
