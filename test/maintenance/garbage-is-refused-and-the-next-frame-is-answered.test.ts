import { expect } from "chai";
import fc from "fast-check";
import { crc32 } from "../../hal/crypto/crc32";
import { encodeFrame } from "../../src/maintenance/frame";
import { REPLY_STATUS, REQUEST_STATUS } from "../../src/maintenance/messages";
import { REFUSAL_EVENT_INTERVAL_MS } from "../../src/maintenance/port";
import { PortHarness } from "./support/port-harness";

const statusFrame = (tag: number) => encodeFrame(REQUEST_STATUS, tag, new Uint8Array(0), crc32);

describe("maintenance port: garbage on the line", () => {
  it("is refused and the port resynchronises on the next good frame, whatever came before (fast-check)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (junk) => {
        const port = new PortHarness();
        port.sendBytes(junk);
        // A garbage header may still be waiting for bytes: the sender's silence drops it.
        port.clock.advance(1000);
        const replies = port.request(REQUEST_STATUS, new Uint8Array(0), 42);
        expect(replies.map((r) => [r.type, r.tag])).to.deep.equal([[REPLY_STATUS, 42]]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("finds a good frame that follows garbage in the same burst, even behind a false start byte", () => {
    const port = new PortHarness();
    const junk = new Uint8Array([0x41, 0x54, 0xa5, 0x01, 0x07, 0x05, 0x00, 0x0d, 0x0a]);
    port.sendBytes(new Uint8Array([...junk, ...statusFrame(5), ...statusFrame(6)]));
    expect(port.replies.map((r) => r.tag)).to.deep.equal([5, 6]);
    expect(port.port.refusedFrames()).to.be.greaterThan(0);
  });

  it("logs a refusal event at most once a minute, with the count it held back", () => {
    const port = new PortHarness();
    for (let i = 0; i < 50; i++) port.sendBytes("AT+GARBAGE\r\n");
    expect(port.events.map((e) => e.type)).to.deep.equal(["maintenance-refused"]);
    expect(port.events[0].reason).to.equal("junk");
    port.clock.advance(REFUSAL_EVENT_INTERVAL_MS);
    port.sendBytes("more junk");
    expect(port.events).to.have.length(2);
    expect(port.events[1].detail).to.contain("50 refused");
  });
});
