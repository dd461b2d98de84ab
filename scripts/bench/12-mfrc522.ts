/**
 * Bus transactions per card read (MFRC522, per UID length) and per expander input change / output
 * write (MCP23017), counted on the register-level models with the drivers running on the host.
 * The models finish each frame at once, so every wait for the chip is one status read; a real
 * chip may need a few more reads per frame while the answer is on the air.
 */
import { connectMcp23017 } from "../../hal/drivers/mcp23017";
import { connectMfrc522 } from "../../hal/drivers/mfrc522";
import { VirtualClock } from "../../hal/virtual/clock";
import { virtualClockPort } from "../../hal/virtual/clock-port";
import { Mcp23017Model } from "../../hal/virtual/devices/mcp23017";
import { Mfrc522Model } from "../../hal/virtual/devices/mfrc522";
import { I2cBusModel } from "../../hal/virtual/runtime/buses";
import { VirtualPin } from "../../hal/virtual/runtime/pins";

export const title = "MFRC522 SPI transactions per card read (4/7/10-byte UIDs); MCP23017 I2C transactions per input change and output write";

const POLL_MS = 150;

function mfrc522Figures(uid: number[]): string {
  const clock = new VirtualClock();
  const model = new Mfrc522Model();
  let reads = 0;
  connectMfrc522({
    spi: { transfer: (_cs, bytes) => model.transfer(bytes) },
    cs: "D28",
    clock: virtualClockPort(clock),
    reader: 0,
    pollMs: POLL_MS,
    onCard: () => reads++,
    onFault: () => {},
  });
  clock.advance(POLL_MS); // one empty poll
  const idle = { transfers: model.transfers, bytes: model.bytesTransferred };
  clock.advance(POLL_MS);
  const emptyPoll = { transfers: model.transfers - idle.transfers, bytes: model.bytesTransferred - idle.bytes };
  model.present(uid);
  const before = { transfers: model.transfers, bytes: model.bytesTransferred, frames: model.frames.length };
  clock.advance(POLL_MS);
  const read = { transfers: model.transfers - before.transfers, bytes: model.bytesTransferred - before.bytes, frames: model.frames.length - before.frames };
  const beforeCheck = model.transfers;
  clock.advance(POLL_MS);
  const presence = model.transfers - beforeCheck;
  if (reads !== 1) throw new Error(`bench: expected one card read, got ${reads}`);
  return `${String(uid.length).padStart(9)} ${String(read.frames).padStart(7)} ${String(read.transfers).padStart(14)} ${String(read.bytes).padStart(10)} ${String(presence).padStart(19)} ${String(emptyPoll.transfers).padStart(16)}`;
}

function mcp23017Figures(): string[] {
  const clock = new VirtualClock();
  const bus = new I2cBusModel("I2C1");
  const interrupt = new VirtualPin("D42", 42, () => clock.nowMs);
  interrupt.setMode("input_pullup", true);
  const model = new Mcp23017Model(0x20, "X0", () => clock.nowMs).attach(bus, interrupt);
  const i2c = {
    writeTo: (address: number, bytes: Uint8Array) => bus.device(address)!.write(bytes),
    readFrom: (address: number, length: number) => bus.device(address)!.read(length),
  };
  const expander = connectMcp23017({
    i2c,
    address: 0x20,
    clock: virtualClockPort(clock),
    checkMs: 1000,
    openInterrupt: (onAsserted) => {
      interrupt.onChange((_p, level) => {
        if (level === 0) clock.schedule(0, onAsserted);
      });
      return { isActive: () => interrupt.level === 0, close: () => {} };
    },
    onFault: () => {},
  });
  let t = model.transactions;
  const lock = expander.output(0, true);
  const setupOutput = model.transactions - t;
  t = model.transactions;
  lock.setActive(true);
  const write = model.transactions - t;
  expander.input(8, { activeLow: false, pull: "up", debounceMs: 0, onChange: () => {} });
  expander.input(9, { activeLow: false, pull: "up", debounceMs: 50, onChange: () => {} });
  t = model.transactions;
  model.drive(8, 0);
  clock.advance(100);
  const change = model.transactions - t;
  t = model.transactions;
  clock.advance(1000);
  const check = model.transactions - t;
  return [
    `MCP23017 (I2C transactions: one write, or a pointer write + one sequential read = 2)`,
    `  make a pin an output (OLAT secured, then IODIR)     ${setupOutput}`,
    `  output write (release or secure one lock)           ${write}`,
    `  input change via INTA, 50 ms debounce (INTF..GPIO read, GPIO re-read when settled) ${change}`,
    `  periodic read-back check (IODIR..OLAT, 22 bytes), per checkMs   ${check}`,
  ];
}

export function run(): string[] {
  const lines = [
    `MFRC522 (one SPI transaction = one chip select; poll every ${POLL_MS} ms)`,
    "UID bytes  frames  SPI transfers  SPI bytes  presence check/poll  empty poll (SPI)",
  ];
  lines.push(mfrc522Figures([0x04, 0xa1, 0xb2, 0xc3]));
  lines.push(mfrc522Figures([0x04, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66]));
  lines.push(mfrc522Figures([0x04, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0a]));
  return lines.concat(mcp23017Figures());
}
