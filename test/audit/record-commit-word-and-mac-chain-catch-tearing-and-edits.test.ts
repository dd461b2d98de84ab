import { expect } from "chai";
import { createPortableCrypto } from "../../hal/crypto/portable-crypto";
import {
  decodeRecord,
  encodeRecord,
  RECORD_BODY_BYTES,
  RESULT_DENIED,
  slotState,
  storedMac,
  verifyChain,
  zeroMac,
  type AuditRecordFields,
} from "../../src/audit/record";
import { TEST_KEY } from "./support/rig";

const crypto = createPortableCrypto();

function fields(seq: number): AuditRecordFields {
  return { seq, epoch: 3, time: 1_700_000_000 + seq, clockTrusted: true, type: 5, locker: 2, user: 4_000_000_000, result: RESULT_DENIED, reason: 4, credVersion: 9, chainStart: seq === 1 };
}

function chain(count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let prev = zeroMac();
  for (let seq = 1; seq <= count; seq++) {
    const bytes = encodeRecord(fields(seq), prev, TEST_KEY, crypto);
    prev = storedMac(bytes);
    out.push(bytes);
  }
  return out;
}

describe("audit record: commit word and MAC chain", () => {
  it("round-trips every field through 32 bytes", () => {
    const record = decodeRecord(chain(1)[0]);
    expect(record).to.include({ seq: 1, epoch: 3, time: 1_700_000_001, clockTrusted: true, type: 5, locker: 2, user: 4_000_000_000, result: RESULT_DENIED, reason: 4, credVersion: 9, chainStart: true });
  });

  it("is not a record until the commit word is programmed, and a torn commit word is torn", () => {
    const bytes = chain(1)[0];
    const bodyOnly = new Uint8Array(32).fill(0xff);
    bodyOnly.set(bytes.subarray(0, RECORD_BODY_BYTES));
    expect(slotState(bodyOnly, crypto)).to.equal("torn");
    const tornCommit = bytes.slice();
    tornCommit[31] |= 0x81;
    expect(slotState(tornCommit, crypto)).to.equal("torn");
    expect(slotState(bytes, crypto)).to.equal("record");
    expect(slotState(new Uint8Array(32).fill(0xff), crypto)).to.equal("blank");
  });

  it("verifies a clean chain and names the first edited, deleted or foreign record", () => {
    const records = chain(6);
    expect(verifyChain(records, { crypto, key: TEST_KEY })).to.equal(undefined);
    const edited = records.map((r) => r.slice());
    edited[3][12] ^= 1;
    edited[3].set(encodeRecord({ ...fields(4), user: 4_000_000_001 }, storedMac(records[2]), new Uint8Array(32), crypto));
    expect(verifyChain(edited, { crypto, key: TEST_KEY })).to.include({ index: 3, problem: "bad-mac" });
    expect(verifyChain([records[0], records[2]], { crypto })).to.include({ index: 1, problem: "gap" });
  });
});
