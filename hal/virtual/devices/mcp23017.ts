/**
 * Microchip MCP23017 16-bit I/O expander at register level on a virtual I2C bus (data sheet
 * DS20001952, IOCON.BANK = 0 addressing): a write sets the register pointer and writes the bytes
 * after it; a read returns bytes from the pointer. With IOCON.SEQOP = 0 the pointer advances after
 * each byte (wrapping after OLATB); with SEQOP = 1 it toggles within the A/B pair.
 *
 * Pins: an input reads what the outside drives, else its GPPU pull-up, else 0 (floating). An
 * output drives its OLAT bit; at power-on every pin is an input, so an output floats until IODIR
 * says otherwise. Interrupts (GPINTEN; INTCON picks change vs DEFVAL) set INTF, capture INTCAP, and
 * drive INTA/INTB until INTCAP or GPIO of that port is read; IOCON.MIRROR ties INTA and INTB.
 */
import type { I2cBusModel } from "../runtime/buses";
import { VirtualPin } from "../runtime/pins";

export const MCP = {
  IODIRA: 0x00,
  IODIRB: 0x01,
  IPOLA: 0x02,
  GPINTENA: 0x04,
  DEFVALA: 0x06,
  INTCONA: 0x08,
  IOCON: 0x0a,
  IOCON_B: 0x0b,
  GPPUA: 0x0c,
  INTFA: 0x0e,
  INTCAPA: 0x10,
  GPIOA: 0x12,
  OLATA: 0x14,
  OLATB: 0x15,
} as const;

const REGISTER_COUNT = 0x16;
const IOCON_MIRROR = 0x40;
const IOCON_SEQOP = 0x20;
const IOCON_ODR = 0x04;
const IOCON_INTPOL = 0x02;

export class Mcp23017Model {
  readonly address: number;
  /** Every register write, in order (register, value), for tests of what was written first. */
  readonly writes: Array<{ reg: number; value: number }> = [];
  /** I2C transactions (one per write or read call), for the bench. */
  transactions = 0;
  private regs = new Uint8Array(REGISTER_COUNT);
  private pointer = 0;
  /** The chip's own 16 pins (A0..A7, B0..B7), as wires that door switches and lock observers attach to. */
  readonly pins: VirtualPin[];
  private last = [0, 0];
  private detach: (() => void) | undefined;
  private bus: I2cBusModel | undefined;
  private intPins: [VirtualPin | undefined, VirtualPin | undefined] = [undefined, undefined];

  /** `name` prefixes the pin names ("X0" gives "X0.A0" ... "X0.B7"); `now` stamps pin history. */
  constructor(address: number, name = `MCP@${address.toString(16)}`, now: () => number = () => 0) {
    if (address < 0x20 || address > 0x27) throw new Error(`MCP23017 addresses are 0x20-0x27, not 0x${address.toString(16)}`);
    this.address = address;
    this.pins = [];
    for (let bit = 0; bit < 16; bit++) {
      const pin = new VirtualPin(`${name}.${bit < 8 ? "A" : "B"}${bit & 7}`, 1000 + bit, now);
      pin.onChange(() => {
        if (!this.settingPins) this.inputsChanged();
      });
      this.pins.push(pin);
    }
    this.powerOnReset();
  }

  private settingPins = false;

  /** Mirrors IODIR/GPPU/OLAT onto the pins. */
  private applyPins(): void {
    this.settingPins = true;
    for (let bit = 0; bit < 16; bit++) {
      const port = bit >> 3;
      const mask = 1 << (bit & 7);
      const pin = this.pins[bit];
      if ((this.regs[MCP.IODIRA + port] & mask) === 0) {
        // The latch holds its level whatever the direction: the pin comes out already at it.
        pin.write(this.regs[MCP.OLATA + port] & mask ? 1 : 0);
        pin.setMode("output", true);
      } else {
        pin.setMode(this.regs[MCP.GPPUA + port] & mask ? "input_pullup" : "input", true);
      }
    }
    this.settingPins = false;
  }

  /** On the bus (answering); `intA`/`intB` are the MCU pins wired to INTA/INTB. */
  attach(bus: I2cBusModel, intA?: VirtualPin, intB?: VirtualPin): this {
    this.bus = bus;
    this.intPins = [intA, intB];
    this.detach = bus.attach(this.address, this);
    this.updateInterruptPins();
    return this;
  }

  /** The chip stops acknowledging its address (unplugged ribbon, dead chip): the firmware's I2C calls throw. */
  stopAnswering(): void {
    this.detach?.();
    this.detach = undefined;
  }

  answerAgain(): void {
    if (this.bus && !this.detach) this.detach = this.bus.attach(this.address, this);
  }

  /** A supply glitch: registers back to power-on values (all inputs, outputs floating). */
  powerOnReset(): void {
    this.regs.fill(0);
    this.regs[MCP.IODIRA] = 0xff;
    this.regs[MCP.IODIRB] = 0xff;
    this.pointer = 0;
    this.applyPins();
    this.last = [this.pinLevels(0), this.pinLevels(1)];
    this.updateInterruptPins();
  }

  register(reg: number): number {
    return this.regs[reg];
  }

  /** Pin 0-15 (A0..A7, B0..B7): the level on the wire, or "float" for an input nothing drives or pulls. */
  pin(bit: number): 0 | 1 | "float" {
    const pin = this.pins[bit];
    if (!pin.isOutput && pin.externalLevel === undefined && pin.mode === "input") return "float";
    return pin.level;
  }

  /** The outside world drives input pin `bit` (a door switch); undefined releases it. */
  drive(bit: number, level: 0 | 1 | undefined): void {
    this.pins[bit].drive(level);
  }

  write(bytes: Uint8Array): void {
    this.transactions++;
    if (bytes.length === 0) return;
    this.pointer = bytes[0] % REGISTER_COUNT;
    for (let i = 1; i < bytes.length; i++) {
      this.writeRegister(this.pointer, bytes[i]);
      this.advance();
    }
  }

  read(count: number): Uint8Array {
    this.transactions++;
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      out[i] = this.readRegister(this.pointer);
      this.advance();
    }
    return out;
  }

  private advance(): void {
    this.pointer = this.regs[MCP.IOCON] & IOCON_SEQOP ? this.pointer ^ 1 : (this.pointer + 1) % REGISTER_COUNT;
  }

  private pinLevels(port: number): number {
    let value = 0;
    for (let b = 0; b < 8; b++) if (this.pins[port * 8 + b].level === 1) value |= 1 << b;
    return value;
  }

  private readRegister(reg: number): number {
    const port = reg & 1;
    if (reg === MCP.GPIOA + port || reg === MCP.INTCAPA + port) {
      const value = reg === MCP.INTCAPA + port ? this.regs[reg] : this.pinLevels(port) ^ (this.regs[MCP.IPOLA + port] & this.regs[MCP.IODIRA + port]);
      this.regs[MCP.INTFA + port] = 0;
      this.compareDefval(port);
      this.updateInterruptPins();
      return value;
    }
    return this.regs[reg];
  }

  private writeRegister(reg: number, value: number): void {
    this.writes.push({ reg, value });
    if (reg === MCP.INTFA || reg === MCP.INTFA + 1 || reg === MCP.INTCAPA || reg === MCP.INTCAPA + 1) return; // read-only
    if (reg === MCP.IOCON || reg === MCP.IOCON_B) {
      this.regs[MCP.IOCON] = value & 0x7e; // BANK stays 0 in this model
      this.regs[MCP.IOCON_B] = value & 0x7e;
    } else if (reg === MCP.GPIOA || reg === MCP.GPIOA + 1) {
      this.regs[MCP.OLATA + (reg & 1)] = value;
    } else {
      this.regs[reg] = value;
    }
    this.applyPins();
    this.inputsChanged();
  }

  private inputsChanged(): void {
    for (let port = 0; port < 2; port++) {
      const now = this.pinLevels(port);
      const watched = this.regs[MCP.GPINTENA + port] & this.regs[MCP.IODIRA + port];
      const onChange = watched & ~this.regs[MCP.INTCONA + port] & (now ^ this.last[port]);
      if (onChange !== 0) this.raise(port, onChange, now);
      this.last[port] = now;
      this.compareDefval(port);
    }
    this.updateInterruptPins();
  }

  private compareDefval(port: number): void {
    const now = this.pinLevels(port);
    const watched = this.regs[MCP.GPINTENA + port] & this.regs[MCP.IODIRA + port];
    const differing = watched & this.regs[MCP.INTCONA + port] & (now ^ this.regs[MCP.DEFVALA + port]);
    if (differing !== 0) this.raise(port, differing, now);
  }

  private raise(port: number, bits: number, levels: number): void {
    if (this.regs[MCP.INTFA + port] === 0) this.regs[MCP.INTCAPA + port] = levels;
    this.regs[MCP.INTFA + port] |= bits;
  }

  private updateInterruptPins(): void {
    const a = this.regs[MCP.INTFA] !== 0;
    const b = this.regs[MCP.INTFA + 1] !== 0;
    const mirror = (this.regs[MCP.IOCON] & IOCON_MIRROR) !== 0;
    this.driveInt(this.intPins[0], mirror ? a || b : a);
    this.driveInt(this.intPins[1], mirror ? a || b : b);
  }

  private driveInt(pin: VirtualPin | undefined, active: boolean): void {
    if (!pin) return;
    const activeLevel = this.regs[MCP.IOCON] & IOCON_INTPOL ? 1 : 0;
    if (this.regs[MCP.IOCON] & IOCON_ODR) pin.drive(active ? 0 : undefined);
    else pin.drive(active ? activeLevel : activeLevel ? 0 : 1);
  }
}
