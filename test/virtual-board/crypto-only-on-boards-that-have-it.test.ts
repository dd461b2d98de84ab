import { expect } from "chai";
import { createHash } from "node:crypto";
import { bootWith } from "./board-fixture";

describe("virtual board: crypto exists only on boards that have it", () => {
  it("gives SHA256 as an ArrayBuffer of the board's realm where the board has SHA256", () => {
    const board = bootWith("", { board: { crypto: { sha256: true, sha512: false, aes: false, tls: false } } });
    const hex = board.evaluate(`
      var d = require("crypto").SHA256("abc");
      (d instanceof ArrayBuffer) + ":" + new Uint8Array(d).join(",")
    `);
    const expected = Array.from(createHash("sha256").update("abc").digest()).join(",");
    expect(hex).to.equal(`true:${expected}`);
    expect(board.evaluate(`typeof require("crypto").SHA512`)).to.equal("undefined");
  });

  it("has no crypto module on a board without it", () => {
    const board = bootWith("", { board: { crypto: { sha256: false, sha512: false, aes: false, tls: false } } });
    expect(() => board.evaluate(`require("crypto")`)).to.throw(/Module crypto not found/);
  });
});
