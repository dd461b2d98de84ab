/**
 * MCP23017 16-bit I/O expander over I2C (IOCON.BANK = 0 register addresses, sequential mode):
 * outputs as DigitalOutput ports with their own polarity, inputs as DigitalInput ports fed by
 * the INTA/INTB line (mirrored, open drain, so expanders may share one MCU pin) or by the
 * periodic check when no line is wired.
 *
 * Safety: at power-on the chip's pins are inputs, so a lock output floats and the board's pull
 * resistor holds it secured. An output pin is made an output only after its OLAT bit holds the
 * secured level. A failed I2C call or a read-back of IODIR/OLAT that differs from what was written
 * (the chip reset) is a fault: every output is marked secured, and re-init writes OLAT (secured)
 * before IODIR, retried until the chip answers.
 */
import type { I2cBus } from "../interfaces/bus";
import type { Clock } from "../interfaces/clock";
import type { DigitalInput, DigitalOutput } from "../interfaces/digital";

const IODIRA = 0x00;
const IPOLA = 0x02;
const GPINTENA = 0x04;
const IOCON = 0x0a;
const GPPUA = 0x0c;
const INTFA = 0x0e;
const GPIOA = 0x12;
const OLATA = 0x14;
/** IOCON: MIRROR (INTA = INTB), ODR (open-drain INT); SEQOP 0 = sequential addressing. */
const IOCON_VALUE = 0x44;

export interface Mcp23017Options {
  i2c: I2cBus;
  /** 7-bit address, 0x20-0x27 (A2..A0 straps). */
  address: number;
  clock: Clock;
  /** Opens the MCU input wired to INTA/INTB (active low); absent: inputs are read by the periodic check. */
  openInterrupt?: (onAsserted: () => void) => DigitalInput;
  /** How often IODIR/OLAT are read back and inputs re-read, ms. Default 1000. */
  checkMs?: number;
  /** While the chip does not answer, how often to re-init, ms. Default 1000. */
  retryMs?: number;
  onFault: (fault: string, timeMs: number) => void;
  onRecovered?: (timeMs: number) => void;
}

export interface ExpanderInputOptions {
  activeLow: boolean;
  /** "up" enables the chip's 100 kΩ pull-up (it has no pull-down). */
  pull: "up" | "down" | "none";
  debounceMs: number;
  onChange: (active: boolean, timeMs: number) => void;
}

export interface Mcp23017 {
  /** Pin 0-15 (A0..A7 = 0..7, B0..B7 = 8..15) as an output, secured (idle) first. */
  output(bit: number, activeLow: boolean): DigitalOutput;
  input(bit: number, options: ExpanderInputOptions): DigitalInput;
  isResponding(): boolean;
  /** Read-back and input check now (the timer runs it every checkMs). */
  check(): void;
  /** I2C calls made so far. */
  transactions(): number;
  /** What the last failed I2C call threw ("" if none), for the technician's status. */
  lastError(): string;
}

// I2C sequences run under one try/catch (Mcp23017Chip.attempt), named by number so no closure is made per call.
const CONFIGURE_IOCON = 0;
const CONFIGURE = 1;
const LATCH_THEN_DIRECTION = 2;
const WRITE_LATCH = 3;
const ENABLE_INPUT = 4;
const READ_AND_REPORT = 5;
const READ_INTERRUPT = 6;
const READ_BACK = 7;

function levelsToActive(levels: number, bit: number, activeLow: boolean): boolean {
  return ((levels >> bit) & 1) === (activeLow ? 0 : 1);
}

// Property names of at most 4 characters fit in the property's own variable on Espruino.
class ExpanderOutput implements DigitalOutput {
  private readonly chip: Mcp23017Chip;
  /** Port number on the chip. */
  private readonly n: number;

  constructor(chip: Mcp23017Chip, n: number) {
    this.chip = chip;
    this.n = n;
  }

  setActive(active: boolean): void {
    this.chip.setOutput(this.n, active);
  }

  isActive(): boolean {
    return this.chip.isOutputOn(this.n);
  }
}

class ExpanderInput implements DigitalInput {
  private readonly chip: Mcp23017Chip;
  /** Port number on the chip. */
  private readonly n: number;

  constructor(chip: Mcp23017Chip, n: number) {
    this.chip = chip;
    this.n = n;
  }

  isActive(): boolean {
    return this.chip.isInputActive(this.n);
  }

  close(): void {
    this.chip.closeInput(this.n);
  }
}

// Callbacks made in small functions of their own: Espruino keeps a closure's whole enclosing
// scope, so each holds the chip alone.
function interruptHandler(chip: Mcp23017Chip): () => void {
  return function (): void {
    chip.interrupted();
  };
}

function checkHandler(chip: Mcp23017Chip): () => void {
  return function (): void {
    chip.check();
  };
}

function settleHandler(chip: Mcp23017Chip): () => void {
  return function (): void {
    chip.settled();
  };
}

/** The most ports of one kind a chip can have (16 pins); more would be a pin used twice. */
const MAX_PORTS = 16;

/**
 * One chip. Per-pin state lives in bit masks and byte arrays on the chip, and the ports handed
 * out are two-field objects whose methods live on the shared prototype: a 32-locker bank has 64
 * ports, so each port's cost is paid 64 times.
 */
class Mcp23017Chip implements Mcp23017 {
  private readonly i2c: I2cBus;
  private readonly address: number;
  private readonly clock: Clock;
  private readonly retryMs: number;
  private readonly onFault: (fault: string, timeMs: number) => void;
  private readonly onRecovered: ((timeMs: number) => void) | undefined;
  // Bit masks per port pair, 16 bits: bit n = pin n.
  private outputMask = 0;
  private olat = 0;
  private pullUps = 0;
  private inputMask = 0;
  private reported = 0;
  private settleTimer = -1;
  private settleMs = 0;
  private responding = true;
  private nextRetryMs = 0;
  private calls = 0;
  private lastFailure = "";
  // Ports in the order they were made, by port number n: the pin, and bit n of each mask.
  private readonly outputBits = new Uint8Array(MAX_PORTS);
  private outputs = 0;
  /** Output n is active low. */
  private outputLow = 0;
  /** Output n was last driven active. */
  private outputOn = 0;
  private readonly inputBits = new Uint8Array(MAX_PORTS);
  private readonly inputHandlers: Array<(active: boolean, timeMs: number) => void> = [];
  /** Input n is active low. */
  private inputLow = 0;
  /** Input n still reports (not closed). */
  private inputOpen = 0;

  constructor(options: Mcp23017Options) {
    this.i2c = options.i2c;
    this.address = options.address;
    this.clock = options.clock;
    this.retryMs = options.retryMs === undefined ? 1000 : options.retryMs;
    this.onFault = options.onFault;
    this.onRecovered = options.onRecovered;
    if (options.openInterrupt !== undefined) options.openInterrupt(interruptHandler(this));
    this.attempt(CONFIGURE_IOCON, 0);
    this.clock.setInterval(checkHandler(this), options.checkMs === undefined ? 1000 : options.checkMs);
  }

  output(bit: number, activeLow: boolean): DigitalOutput {
    const n = this.outputs;
    if (n === MAX_PORTS) throw new Error("Expander pin " + bit + " used twice");
    this.outputs = n + 1;
    this.outputBits[n] = bit;
    if (activeLow) {
      this.outputLow |= 1 << n;
      this.olat |= 1 << bit;
    } else {
      this.olat &= ~(1 << bit);
    }
    this.outputMask |= 1 << bit;
    if (this.responding) this.attempt(LATCH_THEN_DIRECTION, 0);
    return new ExpanderOutput(this, n);
  }

  input(bit: number, input: ExpanderInputOptions): DigitalInput {
    const n = this.inputHandlers.length;
    if (n === MAX_PORTS) throw new Error("Expander pin " + bit + " used twice");
    this.inputBits[n] = bit;
    this.inputHandlers.push(input.onChange);
    if (input.activeLow) this.inputLow |= 1 << n;
    this.inputOpen |= 1 << n;
    this.inputMask |= 1 << bit;
    if (input.pull === "up") this.pullUps |= 1 << bit;
    if (input.debounceMs > this.settleMs) this.settleMs = input.debounceMs;
    if (this.responding) this.attempt(ENABLE_INPUT, bit);
    return new ExpanderInput(this, n);
  }

  isResponding(): boolean {
    return this.responding;
  }

  check(): void {
    if (!this.responding) {
      if (this.clock.now() < this.nextRetryMs) return;
      this.olat = this.securedLatch();
      if (this.attempt(CONFIGURE, 0)) {
        this.responding = true;
        if (this.onRecovered !== undefined) this.onRecovered(this.clock.now());
        this.check();
      }
      return;
    }
    this.attempt(READ_BACK, 0);
  }

  transactions(): number {
    return this.calls;
  }

  lastError(): string {
    return this.lastFailure;
  }

  /** Port n: drives its pin unless the chip does not answer (then the port stays secured). */
  setOutput(n: number, active: boolean): void {
    if (!this.responding) return;
    if (active) this.outputOn |= 1 << n;
    else this.outputOn &= ~(1 << n);
    const bit = this.outputBits[n];
    const activeLow = ((this.outputLow >> n) & 1) !== 0;
    if (active !== activeLow) this.olat |= 1 << bit;
    else this.olat &= ~(1 << bit);
    this.attempt(WRITE_LATCH, 0);
  }

  isOutputOn(n: number): boolean {
    return ((this.outputOn >> n) & 1) !== 0;
  }

  isInputActive(n: number): boolean {
    return levelsToActive(this.reported, this.inputBits[n], ((this.inputLow >> n) & 1) !== 0);
  }

  closeInput(n: number): void {
    this.inputOpen &= ~(1 << n);
  }

  /** INTA/INTB asserted: INTF, INTCAP and GPIO in one read (reading them clears the interrupt). */
  interrupted(): void {
    if (this.responding) this.attempt(READ_INTERRUPT, 0);
  }

  settled(): void {
    this.settleTimer = -1;
    this.attempt(READ_AND_REPORT, 0);
  }

  /** Runs one I2C sequence; a throw (no acknowledge) is a fault, never passed on. */
  private attempt(sequence: number, bit: number): boolean {
    try {
      this.run(sequence, bit);
      return true;
    } catch (e) {
      this.lastFailure = String(e);
      this.fail("expander-not-responding");
      return false;
    }
  }

  private run(sequence: number, bit: number): void {
    if (sequence === CONFIGURE_IOCON) {
      this.writeRegs(IOCON, IOCON_VALUE | (IOCON_VALUE << 8));
    } else if (sequence === CONFIGURE) {
      this.writeRegs(IOCON, IOCON_VALUE | (IOCON_VALUE << 8));
      this.writeRegs(OLATA, this.olat);
      this.writeRegs(IPOLA, 0);
      this.writeRegs(GPPUA, this.pullUps);
      this.writeRegs(GPINTENA, this.inputMask);
      this.writeRegs(IODIRA, 0xffff & ~this.outputMask);
    } else if (sequence === LATCH_THEN_DIRECTION) {
      this.writeRegs(OLATA, this.olat);
      this.writeRegs(IODIRA, 0xffff & ~this.outputMask);
    } else if (sequence === WRITE_LATCH) {
      this.writeRegs(OLATA, this.olat);
    } else if (sequence === ENABLE_INPUT) {
      this.writeRegs(GPPUA, this.pullUps);
      this.writeRegs(GPINTENA, this.inputMask);
      const levels = this.readInputs();
      this.reported = (this.reported & ~(1 << bit)) | (levels & (1 << bit));
    } else if (sequence === READ_AND_REPORT) {
      this.report(this.readInputs());
    } else if (sequence === READ_INTERRUPT) {
      const regs = this.readRegs(INTFA, 6);
      const levels = regs[4] | (regs[5] << 8);
      if (((levels ^ this.reported) & this.inputMask) === 0) return;
      if (this.settleMs === 0) this.report(levels);
      else if (this.settleTimer === -1) this.settleTimer = this.clock.setTimeout(settleHandler(this), this.settleMs);
    } else if (sequence === READ_BACK) {
      const regs = this.readRegs(IODIRA, 0x16);
      const iodir = regs[0] | (regs[1] << 8);
      const latch = regs[OLATA] | (regs[OLATA + 1] << 8);
      if ((iodir & 0xffff) !== (0xffff & ~this.outputMask) || (latch & this.outputMask) !== (this.olat & this.outputMask)) {
        this.fail("expander-reset");
        return;
      }
      this.report(regs[GPIOA] | (regs[GPIOA + 1] << 8));
    }
  }

  private writeRegs(reg: number, value16: number): void {
    this.calls++;
    this.i2c.writeTo(this.address, new Uint8Array([reg, value16 & 0xff, (value16 >> 8) & 0xff]));
  }

  private readRegs(reg: number, count: number): Uint8Array {
    this.calls += 2;
    this.i2c.writeTo(this.address, new Uint8Array([reg]));
    return this.i2c.readFrom(this.address, count);
  }

  private readInputs(): number {
    const regs = this.readRegs(GPIOA, 2);
    return regs[0] | (regs[1] << 8);
  }

  private securedLatch(): number {
    let value = 0;
    for (let n = 0; n < this.outputs; n++) if (((this.outputLow >> n) & 1) !== 0) value |= 1 << this.outputBits[n];
    return value;
  }

  private fail(fault: string): void {
    this.outputOn = 0;
    this.olat = this.securedLatch();
    // The failed call may have been the one securing a lock: a chip that missed a single
    // acknowledge would keep its solenoid energised until the re-init, so tell it once more now.
    try {
      this.writeRegs(OLATA, this.olat);
    } catch (e) {
      // Still not answering: the re-init keeps trying (check).
    }
    if (this.responding) this.onFault(fault, this.clock.now());
    this.responding = false;
    this.nextRetryMs = this.clock.now() + this.retryMs;
  }

  private report(levels: number): void {
    const now = this.clock.now();
    const changed = (levels ^ this.reported) & this.inputMask;
    this.reported = (this.reported & ~this.inputMask) | (levels & this.inputMask);
    const handlers = this.inputHandlers;
    for (let n = 0; n < handlers.length; n++) {
      const bit = this.inputBits[n];
      if (((this.inputOpen >> n) & 1) !== 0 && ((changed >> bit) & 1) !== 0) {
        handlers[n](levelsToActive(levels, bit, ((this.inputLow >> n) & 1) !== 0), now);
      }
    }
  }
}

export function connectMcp23017(options: Mcp23017Options): Mcp23017 {
  return new Mcp23017Chip(options);
}
