/**
 * The MFRC522's registers and commands over SPI (NXP MFRC522 data sheet rev. 3.9): init, one
 * frame exchanged with the field (Transceive), and the digital self-test (§16.1.1).
 *
 * SPI: first byte = register << 1, bit 7 set to read. Writes send their data after it; reads
 * send one address per byte wanted and then 0x00, the answer to byte i arriving with byte i+1,
 * so several registers are read in one transfer.
 */
import type { SpiBus } from "../interfaces/bus";
import type { DigitalOutput } from "../interfaces/digital";

const COMMAND = 0x01;
const COM_IRQ = 0x04;
const ERROR = 0x06;
const FIFO_DATA = 0x09;
const FIFO_LEVEL = 0x0a;
const CONTROL = 0x0c;
const BIT_FRAMING = 0x0d;
const MODE = 0x11;
const TX_CONTROL = 0x14;
const TX_ASK = 0x15;
const T_MODE = 0x2a;
const T_PRESCALER = 0x2b;
const T_RELOAD_H = 0x2c;
const T_RELOAD_L = 0x2d;
const AUTO_TEST = 0x36;
const VERSION = 0x37;

const CMD_IDLE = 0x00;
const CMD_MEM = 0x01;
const CMD_CALC_CRC = 0x03;
const CMD_TRANSCEIVE = 0x0c;
const CMD_SOFT_RESET = 0x0f;

/**
 * Status reads before a frame counts as lost inside the chip. The chip's own timer (10 ms, set in
 * init) answers "no card" long before this on real hardware: one Espruino SPI call takes more
 * than 0.1 ms, so 200 reads outlast it.
 */
const MAX_STATUS_READS = 200;

/** Data sheet §16.1.1: FIFO after the digital self-test, per VersionReg value. */
const SELF_TEST_V1 = "00c637d532b7575cc2d87c4dd970c77310e6d2aa5ea13e5a14af3061c970db2e642272b5bd65f4ec22bcd37235cdaa411fa7f35314de7e02d90fb55e251d2979";
const SELF_TEST_V2 = "00eb66ba57bf2395d0e30d3d27895cde9d3ba700215b8982513aeb020ca500497c844db3ccd21b815d4876d5716121a986968338cf9d5b6ddc15ba3e7d953b2f";

/** "ok": an answer; "silent": no card answered before the timer; "collision"/"error": bad reception; "chip-silent": the chip itself did not answer. */
export type TransceiveStatus = "ok" | "silent" | "collision" | "error" | "chip-silent";

export interface TransceiveResult {
  status: TransceiveStatus;
  bytes: Uint8Array;
  /** Valid bits in the last byte; 0 means all 8. */
  lastBits: number;
}

export type SelfTestResult = "pass" | "fail" | "no-reference" | "not-responding";

export interface Mfrc522Chip {
  /** Hard reset (if wired), soft reset, timer, 100 % ASK, CRC preset 0x6363, antenna on. Returns VersionReg. */
  init(): number;
  readVersion(): number;
  transceive(frame: number[], txLastBits: number): TransceiveResult;
  selfTest(): SelfTestResult;
  /** SPI transfers made so far (bench). */
  transfers(): number;
}

function hex2(value: number): string {
  return (value < 16 ? "0" : "") + value.toString(16);
}

export function createMfrc522Chip(spi: SpiBus, cs: string, reset: DigitalOutput | undefined): Mfrc522Chip {
  let transferCount = 0;

  function send(bytes: Uint8Array): Uint8Array {
    transferCount++;
    return spi.transfer(cs, bytes);
  }

  function write(reg: number, value: number): void {
    send(new Uint8Array([(reg << 1) & 0x7e, value]));
  }

  /** Reads `count` bytes of one register (FIFO) or, with `regs`, one byte of each. */
  function readRegs(regs: number[]): Uint8Array {
    const out = new Uint8Array(regs.length + 1);
    for (let i = 0; i < regs.length; i++) out[i] = 0x80 | ((regs[i] << 1) & 0x7e);
    return send(out).subarray(1);
  }

  function readFifo(count: number): Uint8Array {
    const regs: number[] = [];
    for (let i = 0; i < count; i++) regs.push(FIFO_DATA);
    return count === 0 ? new Uint8Array(0) : readRegs(regs);
  }

  function writeFifo(bytes: number[]): void {
    const out = new Uint8Array(bytes.length + 1);
    out[0] = FIFO_DATA << 1;
    for (let i = 0; i < bytes.length; i++) out[i + 1] = bytes[i];
    send(out);
  }

  function readVersion(): number {
    return readRegs([VERSION])[0];
  }

  function softReset(): void {
    write(COMMAND, CMD_SOFT_RESET);
    // PowerDown (bit 4) stays set until the oscillator is running again.
    for (let i = 0; i < 10 && (readRegs([COMMAND])[0] & 0x10) !== 0; i++);
  }

  function init(): number {
    if (reset !== undefined) {
      reset.setActive(true);
      reset.setActive(false);
    }
    const version = readVersion();
    if (version === 0x00 || version === 0xff) return version;
    softReset();
    // Timer starts with each transmission: 13.56 MHz / (2 * 0xA9 + 1) = 40 kHz, 400 ticks = 10 ms.
    write(T_MODE, 0x80);
    write(T_PRESCALER, 0xa9);
    write(T_RELOAD_H, 0x01);
    write(T_RELOAD_L, 0x90);
    write(TX_ASK, 0x40);
    write(MODE, 0x3d);
    write(TX_CONTROL, readRegs([TX_CONTROL])[0] | 0x03);
    return version;
  }

  function transceive(frame: number[], txLastBits: number): TransceiveResult {
    write(COMMAND, CMD_IDLE);
    write(COM_IRQ, 0x7f);
    write(FIFO_LEVEL, 0x80);
    writeFifo(frame);
    // StartSend stays set from the last frame; Transceive would start sending at once with it.
    write(BIT_FRAMING, txLastBits);
    write(COMMAND, CMD_TRANSCEIVE);
    write(BIT_FRAMING, 0x80 | txLastBits);
    let status: Uint8Array = new Uint8Array(4);
    let reads = 0;
    for (; reads < MAX_STATUS_READS; reads++) {
      status = readRegs([COM_IRQ, ERROR, FIFO_LEVEL, CONTROL]);
      if ((status[0] & 0x31) !== 0) break;
    }
    const result: TransceiveResult = { status: "ok", bytes: new Uint8Array(0), lastBits: 0 };
    // FIFOLevel above 64 is impossible: the bus reads a floating or shorted MISO.
    if (reads === MAX_STATUS_READS || status[2] > 64) result.status = "chip-silent";
    else if ((status[0] & 0x30) === 0) result.status = "silent";
    else if ((status[1] & 0x08) !== 0) result.status = "collision";
    else if ((status[1] & 0x13) !== 0) result.status = "error";
    else {
      result.bytes = readFifo(status[2]);
      result.lastBits = status[3] & 0x07;
    }
    return result;
  }

  function selfTest(): SelfTestResult {
    const version = readVersion();
    if (version === 0x00 || version === 0xff) return "not-responding";
    const reference = version === 0x91 ? SELF_TEST_V1 : version === 0x92 ? SELF_TEST_V2 : "";
    softReset();
    write(FIFO_LEVEL, 0x80);
    const zeros: number[] = [];
    for (let i = 0; i < 25; i++) zeros.push(0);
    writeFifo(zeros);
    write(COMMAND, CMD_MEM);
    write(AUTO_TEST, 0x09);
    writeFifo([0]);
    write(COMMAND, CMD_CALC_CRC);
    for (let i = 0; i < MAX_STATUS_READS && readRegs([FIFO_LEVEL])[0] < 64; i++);
    write(COMMAND, CMD_IDLE);
    const bytes = readFifo(64);
    write(AUTO_TEST, 0x40);
    init();
    let got = "";
    for (let i = 0; i < bytes.length; i++) got += hex2(bytes[i]);
    if (reference === "") return "no-reference";
    return got === reference ? "pass" : "fail";
  }

  return {
    init: init,
    readVersion: readVersion,
    transceive: transceive,
    selfTest: selfTest,
    transfers: function (): number {
      return transferCount;
    },
  };
}
