import { expect } from "chai";
import { crc32 } from "../../hal/crypto/crc32";
import { encodeFrame, FRAME_OVERHEAD, FrameReceiver } from "../../src/maintenance/frame";

describe("maintenance frames", () => {
  it("lay out start byte, type, tag, little-endian length, payload and CRC-32 of type..payload", () => {
    const frame = encodeFrame(0x02, 0x33, new Uint8Array([1, 2, 3]), crc32);
    expect(frame.length).to.equal(FRAME_OVERHEAD + 3);
    expect(Array.from(frame.subarray(0, 8))).to.deep.equal([0xa5, 0x02, 0x33, 3, 0, 1, 2, 3]);
    const crc = crc32(frame.subarray(1, 8));
    expect(Array.from(frame.subarray(8))).to.deep.equal([crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, crc >>> 24]);
  });

  it("is the documented example: a status request with tag 1", () => {
    const hex = Buffer.from(encodeFrame(0x01, 0x01, new Uint8Array(0), crc32)).toString("hex");
    expect(hex).to.equal("a5010100004ed23a98"); // docs/maintenance-protocol.md, "Examples"
  });

  it("come back out of the receiver whole, whatever pieces they arrive in", () => {
    const payloads = [new Uint8Array(0), new Uint8Array([0xa5, 0xa5, 0]), new Uint8Array(32).fill(0xa5)];
    const stream = payloads.map((p, i) => Buffer.from(encodeFrame(i + 1, i, p, crc32)).toString("latin1")).join("");
    for (let piece = 1; piece <= 7; piece++) {
      const got: Array<[number, number, number[]]> = [];
      const receiver = new FrameReceiver({ maxPayload: 32, crc32, onFrame: (t, g, p) => got.push([t, g, Array.from(p)]), onRefused: () => {
        throw new Error("refused a good frame");
      } });
      for (let i = 0; i < stream.length; i += piece) receiver.push(stream.slice(i, i + piece));
      expect(got).to.deep.equal(payloads.map((p, i) => [i + 1, i, Array.from(p)]));
      expect(receiver.buffered).to.equal(0);
    }
  });

  it("with one flipped bit anywhere are refused for a bad CRC or length", () => {
    const frame = encodeFrame(0x03, 7, new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2]), crc32);
    for (let bit = 8; bit < frame.length * 8; bit++) {
      const bad = frame.slice();
      bad[bit >> 3] ^= 1 << (bit & 7);
      const got: number[] = [];
      const refused: string[] = [];
      const receiver = new FrameReceiver({ maxPayload: 32, crc32, onFrame: (t) => got.push(t), onRefused: (r) => refused.push(r) });
      receiver.push(Buffer.from(bad).toString("latin1"));
      receiver.discardPartial();
      expect(got, `bit ${bit}`).to.deep.equal([]);
      expect(refused.length, `bit ${bit}`).to.be.greaterThan(0);
    }
  });
});
