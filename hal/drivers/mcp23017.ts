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

export function connectMcp23017(options: Mcp23017Options): Mcp23017 {
  const i2c = options.i2c;
  const clock = options.clock;
  const retryMs = options.retryMs === undefined ? 1000 : options.retryMs;
  // Bit masks per port pair, 16 bits: bit n = pin n.
  let outputMask = 0;
  let olat = 0;
  let pullUps = 0;
  let inputMask = 0;
  let reported = 0;
  let settleTimer = -1;
  let settleMs = 0;
  let responding = true;
  let nextRetryMs = 0;
  let calls = 0;
  let lastError = "";
  const outputs: Array<{ bit: number; activeLow: boolean; active: boolean }> = [];
  const inputs: Array<{ bit: number; activeLow: boolean; onChange: (active: boolean, timeMs: number) => void; open: boolean }> = [];

  function writeRegs(reg: number, value16: number): void {
    calls++;
    i2c.writeTo(options.address, new Uint8Array([reg, value16 & 0xff, (value16 >> 8) & 0xff]));
  }

  function readRegs(reg: number, count: number): Uint8Array {
    calls += 2;
    i2c.writeTo(options.address, new Uint8Array([reg]));
    return i2c.readFrom(options.address, count);
  }

  function securedLatch(): number {
    let value = 0;
    for (let i = 0; i < outputs.length; i++) if (outputs[i].activeLow) value |= 1 << outputs[i].bit;
    return value;
  }

  function fail(fault: string): void {
    for (let i = 0; i < outputs.length; i++) outputs[i].active = false;
    olat = securedLatch();
    if (responding) options.onFault(fault, clock.now());
    responding = false;
    nextRetryMs = clock.now() + retryMs;
  }

  /** Runs an I2C sequence; a throw (no acknowledge) is a fault, never passed on. */
  function guarded(action: () => void): boolean {
    try {
      action();
      return true;
    } catch (e) {
      lastError = String(e);
      fail("expander-not-responding");
      return false;
    }
  }

  function configure(): void {
    writeRegs(IOCON, IOCON_VALUE | (IOCON_VALUE << 8));
    writeRegs(OLATA, olat);
    writeRegs(IPOLA, 0);
    writeRegs(GPPUA, pullUps);
    writeRegs(GPINTENA, inputMask);
    writeRegs(IODIRA, 0xffff & ~outputMask);
  }

  function levelsToActive(levels: number, bit: number, activeLow: boolean): boolean {
    return ((levels >> bit) & 1) === (activeLow ? 0 : 1);
  }

  function report(levels: number): void {
    const now = clock.now();
    const changed = (levels ^ reported) & inputMask;
    reported = (reported & ~inputMask) | (levels & inputMask);
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      if (input.open && ((changed >> input.bit) & 1) !== 0) input.onChange(levelsToActive(levels, input.bit, input.activeLow), now);
    }
  }

  function readInputs(): number {
    const regs = readRegs(GPIOA, 2);
    return regs[0] | (regs[1] << 8);
  }

  function settled(): void {
    settleTimer = -1;
    guarded(function () {
      report(readInputs());
    });
  }

  /** INTA/INTB asserted: INTF, INTCAP and GPIO in one read (reading them clears the interrupt). */
  function onInterrupt(): void {
    if (!responding) return;
    guarded(function () {
      const regs = readRegs(INTFA, 6);
      const levels = regs[4] | (regs[5] << 8);
      if (((levels ^ reported) & inputMask) === 0) return;
      if (settleMs === 0) report(levels);
      else if (settleTimer === -1) settleTimer = clock.setTimeout(settled, settleMs);
    });
  }

  function check(): void {
    if (!responding) {
      if (clock.now() < nextRetryMs) return;
      olat = securedLatch();
      if (guarded(configure)) {
        responding = true;
        if (options.onRecovered !== undefined) options.onRecovered(clock.now());
        check();
      }
      return;
    }
    guarded(function () {
      const regs = readRegs(IODIRA, 0x16);
      const iodir = regs[0] | (regs[1] << 8);
      const latch = regs[OLATA] | (regs[OLATA + 1] << 8);
      if ((iodir & 0xffff) !== (0xffff & ~outputMask) || (latch & outputMask) !== (olat & outputMask)) {
        fail("expander-reset");
        return;
      }
      report(regs[GPIOA] | (regs[GPIOA + 1] << 8));
    });
  }

  if (options.openInterrupt !== undefined) options.openInterrupt(onInterrupt);
  guarded(function () {
    writeRegs(IOCON, IOCON_VALUE | (IOCON_VALUE << 8));
  });
  clock.setInterval(check, options.checkMs === undefined ? 1000 : options.checkMs);

  return {
    output: function (bit: number, activeLow: boolean): DigitalOutput {
      const port = { bit: bit, activeLow: activeLow, active: false };
      outputs.push(port);
      if (activeLow) olat |= 1 << bit;
      else olat &= ~(1 << bit);
      outputMask |= 1 << bit;
      if (responding) {
        guarded(function () {
          writeRegs(OLATA, olat);
          writeRegs(IODIRA, 0xffff & ~outputMask);
        });
      }
      return {
        setActive: function (active: boolean): void {
          // While the chip does not answer nothing can be driven: the port stays secured.
          if (!responding) return;
          port.active = active;
          if (active !== activeLow) olat |= 1 << bit;
          else olat &= ~(1 << bit);
          guarded(function () {
            writeRegs(OLATA, olat);
          });
        },
        isActive: function (): boolean {
          return port.active;
        },
      };
    },
    input: function (bit: number, input: ExpanderInputOptions): DigitalInput {
      const entry = { bit: bit, activeLow: input.activeLow, onChange: input.onChange, open: true };
      inputs.push(entry);
      inputMask |= 1 << bit;
      if (input.pull === "up") pullUps |= 1 << bit;
      if (input.debounceMs > settleMs) settleMs = input.debounceMs;
      if (responding) {
        guarded(function () {
          writeRegs(GPPUA, pullUps);
          writeRegs(GPINTENA, inputMask);
          const levels = readInputs();
          reported = (reported & ~(1 << bit)) | (levels & (1 << bit));
        });
      }
      return {
        isActive: function (): boolean {
          return levelsToActive(reported, bit, input.activeLow);
        },
        close: function (): void {
          entry.open = false;
        },
      };
    },
    isResponding: function (): boolean {
      return responding;
    },
    check: check,
    transactions: function (): number {
      return calls;
    },
    lastError: function (): string {
      return lastError;
    },
  };
}
