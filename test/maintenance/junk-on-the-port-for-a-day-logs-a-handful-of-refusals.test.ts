import { expect } from "chai";
import { REFUSAL_EVENT_INTERVAL_MS } from "../../src/maintenance/port";
import { PortHarness } from "./support/port-harness";

/**
 * A device left spewing junk into the USB port (a modem, a keyboard emulator) must not fill the
 * audit log: one refusal a minute is 1,440 records a day, more than a whole ESP32 log holds, and
 * a full log drops the access events that matter. Reports back off while the junk goes on.
 */
describe("maintenance port: junk that never stops", () => {
  it("logs a handful of refusal events in a day, each with the count it held back, and reports promptly again after quiet", () => {
    const port = new PortHarness();
    const day = 24 * 3600 * 1000;
    for (let t = 0; t < day; t += 10000) {
      port.sendBytes("AT+GARBAGE\r\n");
      port.clock.advance(10000);
    }
    const refusals = port.events.filter((e) => e.type === "maintenance-refused");
    expect(refusals.length).to.be.within(2, 16);
    const counted = refusals.slice(1).reduce((sum, e) => sum + Number(/^(\d+) refused/.exec(e.detail ?? "")![1]), 1);
    expect(counted).to.be.at.most(day / 10000);
    expect(counted).to.be.at.least(day / 10000 / 2);

    // After a quiet spell as long as the current back-off, the next refusal is reported at once.
    port.clock.advance(2 * day);
    const before = port.events.length;
    port.sendBytes("AT\r\n");
    expect(port.events.length).to.equal(before + 1);
    port.clock.advance(REFUSAL_EVENT_INTERVAL_MS);
    port.sendBytes("AT\r\n");
    expect(port.events.length).to.equal(before + 2);
  });
});
