import { expect } from "chai";
import { bootHal } from "./support/hal-board";

describe("HAL key-value store over Storage on the virtual board", () => {
  it("round-trips bytes and lists keys by prefix without the interpreter's boot files", async () => {
    const board = await bootHal();
    board.evaluate(`var s = hal.store; s.write("id.device", new Uint8Array([1, 2, 255])); s.write("id.key", new Uint8Array([9]))`);
    expect(board.evaluate(`s.read("id.device").join()`)).to.equal("1,2,255");
    expect(board.evaluate(`s.read("missing")`)).to.equal(undefined);
    expect(board.evaluate(`s.list("id.").sort().join()`)).to.equal("id.device,id.key");
    expect(board.evaluate(`s.list().indexOf(".bootcde")`)).to.equal(-1);
    board.evaluate(`s.erase("id.key")`);
    expect(board.evaluate(`s.list("id.").join()`)).to.equal("id.device");
  });

  it("refuses keys Storage would cut (29+ characters) or that are the interpreter's, and empty values", async () => {
    const board = await bootHal();
    const long = "k".repeat(29);
    expect(() => board.evaluate(`hal.store.write("${long}", new Uint8Array([1]))`)).to.throw(/1-28 characters/);
    expect(() => board.evaluate(`hal.store.write(".bootcde", new Uint8Array([1]))`)).to.throw(/interpreter/);
    expect(() => board.evaluate(`hal.store.write("empty", new Uint8Array(0))`)).to.throw(/empty value/);
    expect(board.evaluate(`hal.store.write("${"k".repeat(28)}", new Uint8Array([7])); hal.store.read("${"k".repeat(28)}")[0]`)).to.equal(7);
  });
});
