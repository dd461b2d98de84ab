import { createHmac } from "node:crypto";
import { expect } from "chai";
import { boardDefinition, bootHal } from "./support/hal-board";

const HMAC = `hal.crypto.hmacSha256(E.toUint8Array("key"), E.toUint8Array("message")).join()`;
const expected = Array.from(createHmac("sha256", "key").update("message").digest()).join();

describe("HAL crypto on the virtual board", () => {
  it("gives the same HMAC with the native SHA256 and with our own", async () => {
    const native = await bootHal(boardDefinition("virtual", { crypto: { sha256: true, sha512: false, aes: false, tls: false } }));
    const own = await bootHal(boardDefinition("virtual", { crypto: { sha256: false, sha512: false, aes: false, tls: false } }));
    expect(native.evaluate(HMAC)).to.equal(expected);
    expect(own.evaluate(HMAC)).to.equal(expected);
  });

  it("compares digests and computes CRC-32 through the interpreter", async () => {
    const board = await bootHal();
    expect(board.evaluate(`hal.crypto.crc32(E.toUint8Array("123456789"))`)).to.equal(0xcbf43926);
    expect(board.evaluate(`hal.crypto.equalConstantTime(new Uint8Array([1,2]), new Uint8Array([1,3]))`)).to.equal(false);
  });
});
