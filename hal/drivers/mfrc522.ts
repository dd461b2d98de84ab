/**
 * MFRC522 card reader: polls the field, reads the FULL UID through every cascade level
 * (ISO 14443-3 §6.5: 4, 7 or 10 bytes), reports arrival and removal, refuses and counts
 * anything malformed, and notices a chip that stops answering, re-initialising it until it does.
 *
 * One read: WUPA → ATQA; per cascade level SEL/NVB 0x20 → 4 bytes + BCC, SELECT → SAK (+CRC_A);
 * SAK bit 0x04 says another level follows and the level's first byte must be the cascade tag
 * 0x88. Then HLTA parks the card. While it stays, each poll wakes it (WUPA), checks the first
 * cascade level still matches and halts it again; `removalMisses` silent polls mean it left.
 */
import type { SpiBus } from "../interfaces/bus";
import type { Clock, TimerId } from "../interfaces/clock";
import type { CardRead, CardReaderOptions } from "../interfaces/devices";
import type { DigitalOutput } from "../interfaces/digital";
import { createMfrc522Chip, type SelfTestResult, type TransceiveResult } from "./mfrc522-chip";
import { checkCascadeAnswer, checkSakAnswer, crcA } from "./mfrc522-frames";

const WUPA = 0x52;
const SEL = [0x93, 0x95, 0x97];
const CASCADE_TAG = 0x88;

export interface Mfrc522Options extends CardReaderOptions {
  spi: SpiBus;
  cs: string;
  /** The NRSTPD line; active = chip held in reset. */
  reset?: DigitalOutput;
  clock: Clock;
  /** Index into board.cardReaders, passed back in every report. */
  reader: number;
  /** How often the field is polled, ms. */
  pollMs: number;
  /** Silent polls in a row before a present card counts as removed. Default 2. */
  removalMisses?: number;
  /** While the chip does not answer, how often to try init again, ms. Default 2000. */
  retryMs?: number;
  /** The chip answers again after "reader-not-responding". */
  onRecovered?: (reader: number, timeMs: number) => void;
}

export interface Mfrc522Reader {
  /** VersionReg as read at the last successful init (0 before). */
  version(): number;
  isResponding(): boolean;
  isCardPresent(): boolean;
  /** Refusals and faults so far, by kind ("bad-bcc", "reader-not-responding", ...). */
  faultCounts(): { [kind: string]: number };
  /** Runs the chip's digital self-test, then re-initialises it. */
  selfTest(): SelfTestResult;
  /** One poll now (the timer calls this every pollMs). */
  poll(): void;
  stop(): void;
  /** SPI transfers made so far. */
  transfers(): number;
}

export function connectMfrc522(options: Mfrc522Options): Mfrc522Reader {
  const chip = createMfrc522Chip(options.spi, options.cs, options.reset);
  const clock = options.clock;
  const removalMisses = options.removalMisses === undefined ? 2 : options.removalMisses;
  const retryMs = options.retryMs === undefined ? 2000 : options.retryMs;
  const counts: { [kind: string]: number } = {};
  let version = 0;
  let responding = false;
  let nextRetryMs = 0;
  let present = false;
  let misses = 0;
  let firstLevel: Uint8Array = new Uint8Array(0);
  /** The refusal already reported for the card in the field: repeats are counted, not re-reported. */
  let lastRefusal = "";

  function fault(kind: string): void {
    counts[kind] = (counts[kind] || 0) + 1;
    if (kind === lastRefusal) return;
    lastRefusal = kind;
    options.onFault(options.reader, kind, clock.now());
  }

  function goDown(): void {
    responding = false;
    present = false;
    nextRetryMs = clock.now() + retryMs;
    lastRefusal = "";
    fault("reader-not-responding");
  }

  function start(): boolean {
    const v = chip.init();
    if (v === 0x00 || v === 0xff) return false;
    // Registers can answer while commands never finish: a frame nobody answers (HLTA) must end on the timer.
    if (chip.transceive([0x50, 0x00, 0x57, 0xcd], 0).status !== "silent") return false;
    version = v;
    responding = true;
    return true;
  }

  /** A frame's answer, or a fault kind ("" for silence); the chip going silent takes it down. */
  function exchange(frame: number[], txLastBits: number, withCrc: boolean): TransceiveResult | string {
    if (withCrc) {
      const crc = crcA(frame);
      frame.push(crc & 0xff, crc >> 8);
    }
    const r = chip.transceive(frame, txLastBits);
    if (r.status === "chip-silent") {
      goDown();
      return "down";
    }
    if (r.status === "silent") return "";
    if (r.status !== "ok") return r.status;
    return r;
  }

  function wake(): TransceiveResult | string {
    const atqa = exchange([WUPA], 7, false);
    if (typeof atqa === "string") return atqa;
    // ATQA: 2 whole bytes, UID size bits 11 are RFU (ISO 14443-3 §6.4.2).
    if (atqa.bytes.length !== 2 || atqa.lastBits !== 0 || (atqa.bytes[0] & 0xc0) === 0xc0) return "bad-atqa";
    return atqa;
  }

  function readUid(): Uint8Array | string {
    const woken = wake();
    if (typeof woken === "string") return woken;
    const uid: number[] = [];
    for (let level = 0; level < 3; level++) {
      const answer = exchange([SEL[level], 0x20], 0, false);
      if (typeof answer === "string") return answer === "" ? "card-lost" : answer;
      const problem = checkCascadeAnswer(answer.bytes, answer.lastBits);
      if (problem !== "") return problem;
      const select = [SEL[level], 0x70];
      for (let i = 0; i < 5; i++) select.push(answer.bytes[i]);
      const sak = exchange(select, 0, true);
      if (typeof sak === "string") return sak === "" ? "card-lost" : sak;
      const sakProblem = checkSakAnswer(sak.bytes, sak.lastBits);
      if (sakProblem !== "") return sakProblem;
      if (level === 0) firstLevel = answer.bytes.subarray(0, 4);
      const cascades = (sak.bytes[0] & 0x04) !== 0;
      if (cascades !== (answer.bytes[0] === CASCADE_TAG) || (cascades && level === 2)) return "bad-cascade";
      for (let i = cascades ? 1 : 0; i < 4; i++) uid.push(answer.bytes[i]);
      if (!cascades) return new Uint8Array(uid);
    }
    return "bad-cascade";
  }

  function halt(): void {
    exchange([0x50, 0x00], 0, true);
  }

  function lookForCard(): void {
    const uid = readUid();
    if (typeof uid === "string") {
      if (uid === "") lastRefusal = "";
      else if (uid !== "down") fault(uid);
      // Back to IDLE/HALT, where the next WUPA finds it (a READY card would take WUPA as an error).
      if (uid !== "" && responding) halt();
      return;
    }
    halt();
    if (!responding) return;
    present = true;
    misses = 0;
    lastRefusal = "";
    const card: CardRead = { reader: options.reader, source: "mfrc522", uid: uid, bits: uid.length * 8, timeMs: clock.now() };
    options.onCard(card);
  }

  /** Woken, its first cascade level unchanged, halted again: still the same card. */
  function stillThere(): boolean {
    const woken = wake();
    if (typeof woken === "string") return woken !== "" && woken !== "down";
    const answer = exchange([SEL[0], 0x20], 0, false);
    let same = typeof answer !== "string" || answer !== "";
    if (typeof answer !== "string") {
      for (let i = 0; i < 4; i++) if (answer.bytes[i] !== firstLevel[i]) same = false;
    }
    if (responding) halt();
    return same;
  }

  function checkPresence(): void {
    if (stillThere()) {
      misses = 0;
      return;
    }
    if (!responding) return;
    misses++;
    if (misses < removalMisses) return;
    present = false;
    if (options.onCardRemoved !== undefined) options.onCardRemoved(options.reader, clock.now());
  }

  function poll(): void {
    if (!responding) {
      if (clock.now() < nextRetryMs) return;
      if (start()) {
        lastRefusal = "";
        if (options.onRecovered !== undefined) options.onRecovered(options.reader, clock.now());
      } else {
        nextRetryMs = clock.now() + retryMs;
      }
      return;
    }
    if (present) checkPresence();
    else lookForCard();
  }

  if (!start()) goDown();
  const timer: TimerId = clock.setInterval(poll, options.pollMs);

  return {
    version: function (): number {
      return version;
    },
    isResponding: function (): boolean {
      return responding;
    },
    isCardPresent: function (): boolean {
      return present;
    },
    faultCounts: function (): { [kind: string]: number } {
      return counts;
    },
    selfTest: function (): SelfTestResult {
      const result = chip.selfTest();
      present = false;
      if (result === "fail") fault("self-test-failed");
      return result;
    },
    poll: poll,
    stop: function (): void {
      clock.clear(timer);
    },
    transfers: chip.transfers,
  };
}
