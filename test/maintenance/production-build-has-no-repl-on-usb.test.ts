import { expect } from "chai";
import { crc32 } from "../../hal/crypto/crc32";
import { startSerialBridge, type SerialBridge } from "../../hal/virtual/serial-bridge";
import type { LockerBank } from "../../hal/virtual/locker-bank";
import { encodeFrame } from "../../src/maintenance/frame";
import { decodeStatus, REQUEST_STATUS } from "../../src/maintenance/messages";
import { anyLockEverReleased, maintenanceBank } from "./support/maintenance-board";
import { TcpProbe } from "./support/tcp-probe";

const statusFrame = Buffer.from(encodeFrame(REQUEST_STATUS, 77, new Uint8Array(0), crc32)).toString("latin1");
const statusReplied = (text: string) => text.includes("\xa5\x81\x4d");
const attack = "pwned = 1; digitalWrite(D0, 0); E.setConsole(USB)\r\n";

describe("USB in production and development builds", () => {
  let bank: LockerBank;
  let bridge: SerialBridge;
  let probe: TcpProbe;

  afterEach(async () => {
    probe?.close();
    await bridge?.close();
    bank?.device.dispose();
  });

  async function open(production: boolean): Promise<void> {
    bank = await maintenanceBank({ production, records: 3 });
    bridge = await startSerialBridge(bank.device, { port: 0 });
    probe = await TcpProbe.open(bridge.port);
  }

  it("production: JavaScript typed on USB is never evaluated; the port still answers frames", async () => {
    await open(true);
    expect(bank.device.runtime.consoleDevice).to.equal(null);
    probe.send(attack);
    probe.send(statusFrame);
    await probe.until(statusReplied);
    expect(bank.device.evaluate("typeof pwned")).to.equal("undefined");
    expect(bank.device.runtime.consoleDevice).to.equal(null);
    expect(anyLockEverReleased(bank)).to.equal(false);
  });

  it("development: the REPL stays on USB and evaluates what is typed", async () => {
    await open(false);
    expect(bank.device.runtime.consoleDevice).to.equal("USB");
    probe.send("pwned = 41 + 1\r\n");
    await probe.until((text) => text.includes("=42"));
    expect(bank.device.evaluate("pwned")).to.equal(42);
  });

  it("development: once the REPL is moved off USB the protocol answers, and says it is a development build", async () => {
    await open(false);
    probe.send("E.setConsole(null)\r\n");
    probe.send(statusFrame);
    await probe.until(statusReplied);
    const at = probe.received.indexOf("\xa5\x81\x4d");
    const length = probe.received.charCodeAt(at + 3) | (probe.received.charCodeAt(at + 4) << 8);
    const payload = new Uint8Array(Buffer.from(probe.received.slice(at + 5, at + 5 + length), "latin1"));
    expect(decodeStatus(payload).production).to.equal(false);
  });
});
