/**
 * The NXP MFRC522 at register level on a virtual SPI bus, with an RF field holding zero or more
 * ISO 14443-A cards (hal/virtual/devices/iso14443a.ts).
 *
 * SPI (datasheet §8.1.2): the first byte is the address, bit 7 = read, bits 6..1 = register.
 * A write sends data bytes after it, all to that register (FIFODataReg takes each one). A read
 * sends one address per byte wanted, then 0x00; MISO byte i+1 answers MOSI byte i.
 *
 * Commands run to completion at once (the firmware's bus is far slower than the chip): a
 * Transceive with StartSend delivers the frame to every card in the field and puts the answer
 * (or a timer interrupt, when no card answers and TModeReg.TAuto runs the timer) in the FIFO and
 * the interrupt/error registers before the next SPI byte.
 *
 * Faults a test can set: "miso-high"/"miso-low" (chip gone: MISO reads 0xFF/0x00, nothing is
 * written), "stuck" (registers answer, commands never finish), "garbage" (every answer from the
 * field is replaced by 13 noise bits), "wrong-bcc" (anticollision answers carry a wrong BCC),
 * "crc-error" (SAK answers carry a wrong CRC_A), "self-test" (the digital self-test gives wrong bytes).
 */
import type { SpiDevice } from "../runtime/buses";
import type { VirtualPin } from "../runtime/pins";
import { bitsOf, bytesOf, crcA, Iso14443Card, SEL_CODES, type Bits, type CardOptions } from "./iso14443a";
import { MFRC522_RESET_VALUES, REG, SELF_TEST_REFERENCE } from "./mfrc522-registers";

export type Mfrc522Fault = "none" | "miso-high" | "miso-low" | "stuck" | "garbage" | "wrong-bcc" | "crc-error" | "self-test";

const CMD = { idle: 0x00, mem: 0x01, calcCrc: 0x03, transmit: 0x04, transceive: 0x0c, softReset: 0x0f };
const IRQ = { tx: 0x40, rx: 0x20, idle: 0x10, err: 0x02, timer: 0x01 };
const ERR = { bufferOverflow: 0x10, collision: 0x08 };
const FIFO_SIZE = 64;

export interface Mfrc522ModelOptions {
  /** VersionReg: 0x91 (v1.0) or 0x92 (v2.0); other values model clones with no known self-test table. */
  version?: number;
}

export class Mfrc522Model implements SpiDevice {
  readonly version: number;
  fault: Mfrc522Fault = "none";
  /** Cards in the field. */
  cards: Iso14443Card[] = [];
  /** SPI transfers seen while selected, and their bytes, for the bench. */
  transfers = 0;
  bytesTransferred = 0;
  /** Frames sent into the field (REQA, anticollision, ...), as byte arrays with their bit count. */
  readonly frames: Array<{ bytes: number[]; bits: number }> = [];
  private regs = new Uint8Array(64);
  private fifo: number[] = [];
  private internalBuffer: number[] = new Array(25).fill(0);

  constructor(options: Mfrc522ModelOptions = {}) {
    this.version = options.version ?? 0x92;
    this.softReset();
  }

  /** Attaches to a virtual SPI bus: selected while `cs` is low. Returns detach. */
  attachTo(bus: { attach(cs: VirtualPin, device: SpiDevice): () => void }, cs: VirtualPin): () => void {
    return bus.attach(cs, this);
  }

  /** Places a card in the field (4, 7 or 10-byte UID). */
  present(uid: ArrayLike<number>, options?: CardOptions): Iso14443Card {
    const card = new Iso14443Card(uid, options);
    this.cards.push(card);
    return card;
  }

  /** Takes one card (or every card) out of the field. */
  remove(card?: Iso14443Card): void {
    this.cards = card === undefined ? [] : this.cards.filter((c) => c !== card);
  }

  register(reg: number): number {
    return this.regs[reg];
  }

  get antennaOn(): boolean {
    return (this.regs[REG.TxControl] & 0x03) !== 0;
  }

  transfer(mosi: Uint8Array): Uint8Array {
    const miso = new Uint8Array(mosi.length);
    if (this.fault === "miso-high") return miso.fill(0xff);
    if (this.fault === "miso-low") return miso;
    this.transfers++;
    this.bytesTransferred += mosi.length;
    const reg = (mosi[0] >> 1) & 0x3f;
    if (mosi[0] & 0x80) {
      for (let i = 1; i < mosi.length; i++) miso[i] = this.read((mosi[i - 1] >> 1) & 0x3f);
    } else {
      for (let i = 1; i < mosi.length; i++) this.write(reg, mosi[i]);
    }
    return miso;
  }

  private read(reg: number): number {
    if (reg === REG.FIFOData) return this.fifo.shift() ?? 0;
    if (reg === REG.FIFOLevel) return this.fifo.length;
    return this.regs[reg];
  }

  private write(reg: number, value: number): void {
    switch (reg) {
      case REG.Command:
        this.regs[reg] = value & 0x3f;
        this.command(value & 0x0f);
        return;
      case REG.ComIrq:
      case REG.DivIrq:
        this.regs[reg] = value & 0x80 ? this.regs[reg] | (value & 0x7f) : this.regs[reg] & ~value & 0x7f;
        return;
      case REG.FIFOData:
        if (this.fifo.length < FIFO_SIZE) this.fifo.push(value);
        else this.regs[REG.Error] |= ERR.bufferOverflow;
        return;
      case REG.FIFOLevel:
        if (value & 0x80) {
          this.fifo = [];
          this.regs[REG.Error] &= ~ERR.bufferOverflow;
        }
        return;
      case REG.BitFraming:
        this.regs[reg] = value;
        if (value & 0x80 && (this.regs[REG.Command] & 0x0f) === CMD.transceive) this.transmit(true);
        return;
      case REG.TxControl: {
        const wasOn = this.antennaOn;
        this.regs[reg] = value;
        if (wasOn && !this.antennaOn) this.cards.forEach((c) => c.powerOff());
        return;
      }
      case REG.Error:
      case REG.Status1:
      case REG.Status2:
      case REG.Control:
      case REG.Coll:
      case REG.Version:
      case REG.CRCResultH:
      case REG.CRCResultL:
        return; // read-only here
      default:
        this.regs[reg] = value;
    }
  }

  private command(code: number): void {
    if (this.fault === "stuck" && code !== CMD.idle && code !== CMD.softReset) return;
    if (code === CMD.softReset) return this.softReset();
    if (code === CMD.mem) {
      if (this.fifo.length >= 25) this.internalBuffer = this.fifo.splice(0, 25);
      else this.fifo = this.fifo.concat(this.internalBuffer).slice(0, FIFO_SIZE);
      this.finish();
    } else if (code === CMD.calcCrc) {
      this.calcCrc();
    } else if (code === CMD.transmit) {
      this.transmit(false);
      this.finish();
    } else if (code === CMD.transceive && this.regs[REG.BitFraming] & 0x80) {
      this.transmit(true);
    }
  }

  private finish(): void {
    this.regs[REG.Command] &= 0x30;
    this.regs[REG.ComIrq] |= IRQ.idle;
  }

  private softReset(): void {
    this.regs.set(MFRC522_RESET_VALUES);
    this.regs[REG.Version] = this.version;
    this.fifo = [];
    this.cards.forEach((c) => c.powerOff());
  }

  private calcCrc(): void {
    if ((this.regs[REG.AutoTest] & 0x0f) === 0x09) {
      const reference = SELF_TEST_REFERENCE[this.version] ?? new Array(64).fill(0);
      this.fifo = reference.map((b, i) => (this.fault === "self-test" && i === 9 ? b ^ 0x10 : b));
      this.finish();
      return;
    }
    const presets = [0x0000, 0x6363, 0xa671, 0xffff];
    const crc = crcA(this.fifo, presets[this.regs[REG.Mode] & 0x03]);
    this.fifo = [];
    this.regs[REG.CRCResultH] = crc >> 8;
    this.regs[REG.CRCResultL] = crc & 0xff;
    this.regs[REG.DivIrq] |= 0x04;
  }

  /** Sends the FIFO into the field; with `receive`, puts the answer where the firmware reads it. */
  private transmit(receive: boolean): void {
    if (this.fault === "stuck") return;
    const txLastBits = this.regs[REG.BitFraming] & 0x07;
    const rxAlign = (this.regs[REG.BitFraming] >> 4) & 0x07;
    let bytes = this.fifo;
    this.fifo = [];
    if (this.regs[REG.TxMode] & 0x80) bytes = bytes.concat([crcA(bytes) & 0xff, crcA(bytes) >> 8]);
    const bitCount = txLastBits === 0 ? bytes.length * 8 : (bytes.length - 1) * 8 + txLastBits;
    const frame = bitsOf(bytes, Math.max(bitCount, 0));
    this.frames.push({ bytes: bytes.slice(), bits: frame.length });
    this.regs[REG.ComIrq] |= IRQ.tx;
    this.regs[REG.Error] &= ERR.bufferOverflow;
    this.regs[REG.Control] &= ~0x07;
    this.regs[REG.Coll] = 0xa0; // ValuesAfterColl (reset value) | CollPosNotValid
    if (!receive) return;
    const answers = this.antennaOn
      ? this.cards.map((c) => c.receive(frame)).filter((a): a is Bits => a !== undefined)
      : [];
    if (answers.length === 0) {
      if (this.regs[REG.TMode] & 0x80) this.regs[REG.ComIrq] |= IRQ.timer;
      return;
    }
    const bits = this.corrupt(frame, this.combine(answers));
    const aligned = bytesOf(new Array<number>(rxAlign).fill(0).concat(bits));
    this.fifo = aligned.slice(0, FIFO_SIZE);
    this.regs[REG.Control] |= (rxAlign + bits.length) & 0x07;
    this.regs[REG.ComIrq] |= IRQ.rx;
    if (this.regs[REG.Error] & ERR.collision) this.regs[REG.ComIrq] |= IRQ.err;
  }

  /** Several cards answering at once: bits they disagree on collide (the first is reported in CollReg). */
  private combine(answers: Bits[]): Bits {
    const length = Math.max(...answers.map((a) => a.length));
    const bits: Bits = [];
    for (let i = 0; i < length; i++) {
      const values = answers.map((a) => a[i]).filter((b) => b !== undefined);
      const collided = values.some((b) => b !== values[0]);
      if (collided && !(this.regs[REG.Error] & ERR.collision)) {
        this.regs[REG.Error] |= ERR.collision;
        this.regs[REG.Coll] = (this.regs[REG.Coll] & 0x80) | ((i + 1) & 0x1f);
      }
      bits.push(collided ? 1 : values[0]);
    }
    return bits;
  }

  private corrupt(frame: Bits, answer: Bits): Bits {
    if (this.fault === "garbage") return bitsOf([0xa5, 0x1f], 13);
    const sent = bytesOf(frame);
    const anticollision = SEL_CODES.includes(sent[0]) && frame.length === 16;
    const select = SEL_CODES.includes(sent[0]) && sent[1] === 0x70;
    if (this.fault === "wrong-bcc" && anticollision && answer.length === 40) {
      const bytes = bytesOf(answer);
      bytes[4] ^= 0x01;
      return bitsOf(bytes);
    }
    if (this.fault === "crc-error" && select && answer.length === 24) {
      const bytes = bytesOf(answer);
      bytes[2] ^= 0x40;
      return bitsOf(bytes);
    }
    return answer;
  }
}
