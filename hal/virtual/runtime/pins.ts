/**
 * Virtual GPIO. A pin's level is what is on the wire: the firmware's output when the pin is an
 * output, otherwise what an external device drives, otherwise its pull resistor. A floating
 * input (no pull, nothing driving it) reads 0 — real floating inputs read noise; 0 keeps tests
 * deterministic.
 *
 * Pin names per chip follow the interpreter's boards/*.py closely enough for the firmware:
 * STM32 boards get ports A–C 0–15 (the real packages lack a few), ESP32 D0–D39.
 */
import type { BoardDefinition } from "../../board";

export type PinLevel = 0 | 1;
export type PinMode = "input" | "input_pullup" | "input_pulldown" | "output" | "opendrain" | "af_output" | "af_opendrain";

export interface PinHistoryEntry {
  timeMs: number;
  level: PinLevel;
  mode: PinMode;
}

export type PinListener = (pin: VirtualPin, level: PinLevel, previous: PinLevel) => void;

const OUTPUT_MODES: readonly PinMode[] = ["output", "opendrain", "af_output", "af_opendrain"];

export class VirtualPin {
  private modeValue: PinMode = "input";
  /** pinMode was called: digitalRead/Write no longer switch the mode. */
  manualMode = false;
  private outputLatch: PinLevel = 0;
  private external: PinLevel | undefined;
  private current: PinLevel = 0;
  readonly history: PinHistoryEntry[] = [];
  private listeners: PinListener[] = [];
  private stateListeners: Array<(pin: VirtualPin) => void> = [];
  private lastNotifiedMode: PinMode = "input";
  /** Firmware reads and writes of this pin so far (benchmarks count pin work per event). */
  readCount = 0;
  writeCount = 0;

  constructor(
    readonly name: string,
    /** Pin number as Espruino counts them (index in the chip's pin table). */
    readonly index: number,
    private readonly now: () => number,
  ) {}

  get level(): PinLevel {
    return this.current;
  }

  get mode(): PinMode {
    return this.modeValue;
  }

  get isOutput(): boolean {
    return OUTPUT_MODES.includes(this.modeValue);
  }

  /** Level the firmware last wrote (meaningful while an output). */
  get outputLevel(): PinLevel {
    return this.outputLatch;
  }

  /** What an external device drives (undefined: released, the pull decides). */
  get externalLevel(): PinLevel | undefined {
    return this.external;
  }

  /** An external device drives the wire (a door switch, a reader's data line); undefined releases it. */
  drive(level: PinLevel | boolean | undefined): void {
    this.external = level === undefined ? undefined : level ? 1 : 0;
    this.settle();
  }

  /**
   * Firmware side (jshPinOutput): unless the mode is manual, the pin becomes an output FIRST,
   * still driving its old latch, and only then takes the new level. On a fresh pin that is a
   * brief drive of level 0, which is the active level of an active-low lock.
   */
  write(level: PinLevel): void {
    this.writeCount++;
    if (!this.manualMode && this.modeValue !== "output") {
      this.modeValue = "output";
      this.settle(true);
    }
    this.outputLatch = level;
    this.settle(true);
  }

  setMode(mode: PinMode, manual: boolean): void {
    this.modeValue = mode;
    this.manualMode = manual;
    this.settle(true);
  }

  /** Firmware side: read, switching to a plain input unless the mode is manual (jshPinInput). */
  read(): PinLevel {
    this.readCount++;
    if (!this.manualMode && this.modeValue !== "input") {
      this.modeValue = "input";
      this.settle(true);
    }
    return this.current;
  }

  /** Back to the power-on state: input, no pull, not manual (reset, reboot). External drive stays. */
  resetToPowerOn(): void {
    this.modeValue = "input";
    this.manualMode = false;
    this.outputLatch = 0;
    this.settle(true);
  }

  onChange(listener: PinListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Level or mode changed (device models that care whether the firmware drives a line). */
  onStateChange(listener: (pin: VirtualPin) => void): () => void {
    this.stateListeners.push(listener);
    return () => {
      this.stateListeners = this.stateListeners.filter((l) => l !== listener);
    };
  }

  /** Recomputes the wire level; records history when level or mode changed. */
  private settle(modeMayHaveChanged = false): void {
    const previous = this.current;
    const next = this.resolveLevel();
    this.current = next;
    const last = this.history[this.history.length - 1];
    if (!last || last.level !== next || (modeMayHaveChanged && last.mode !== this.modeValue)) {
      this.history.push({ timeMs: this.now(), level: next, mode: this.modeValue });
    }
    if (next !== previous) for (const listener of [...this.listeners]) listener(this, next, previous);
    if (next !== previous || this.lastNotifiedMode !== this.modeValue) {
      this.lastNotifiedMode = this.modeValue;
      for (const listener of [...this.stateListeners]) listener(this);
    }
  }

  private resolveLevel(): PinLevel {
    switch (this.modeValue) {
      case "output":
      case "af_output":
        return this.outputLatch;
      case "opendrain":
      case "af_opendrain":
        // Released open drain floats; an external pull-up is assumed unless something drives it.
        return this.outputLatch === 0 ? 0 : (this.external ?? 1);
      case "input_pullup":
        return this.external ?? 1;
      case "input_pulldown":
        return this.external ?? 0;
      default:
        return this.external ?? 0;
    }
  }
}

/** Pin names of the chip an Espruino build runs on, in pin-number order. */
export function chipPinNames(board: BoardDefinition): string[] {
  const names: string[] = [];
  const port = (letter: string, count: number) => {
    for (let i = 0; i < count; i++) names.push(`${letter}${i}`);
  };
  switch (board.espruinoBoard) {
    case "ESP32":
      port("D", 40);
      break;
    case "PICO_R1_3":
    case "ESPRUINOWIFI":
      port("A", 16);
      port("B", 16);
      port("C", 16);
      break;
    default:
      port("A", 16);
      port("B", 16);
      port("C", 16);
      port("D", 64);
  }
  // A board file may name a pin this list lacks (a virtual board's invented pins): add it.
  for (const name of pinNamesIn(board)) if (!names.includes(name)) names.push(name);
  return names;
}

/** Aliases the interpreter defines for the board's button and LEDs (boards/*.py). */
export function pinAliases(board: BoardDefinition): Record<string, string> {
  switch (board.espruinoBoard) {
    case "PICO_R1_3":
    case "ESPRUINOWIFI":
      return { BTN1: "C13", BTN: "C13", LED1: "B2", LED2: "B12" };
    case "ESP32":
      return { BTN1: "D0", BTN: "D0", LED1: "D2" };
    default:
      return {};
  }
}

/** Whether the chip shares one interrupt line between pins of the same number (STM32 EXTI). */
export function watchesShareLineByNumber(board: BoardDefinition): boolean {
  return board.espruinoBoard === "PICO_R1_3" || board.espruinoBoard === "ESPRUINOWIFI";
}

function pinNamesIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) pinNamesIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === "string" && /^(pin|d0|d1|cs|rst|sck|miso|mosi)$/.test(key)) found.add(item);
      else if ((key === "rows" || key === "columns") && Array.isArray(item)) for (const p of item) found.add(String(p));
      else pinNamesIn(item, found);
    }
  }
  return found;
}

export class PinBank {
  private readonly pins = new Map<string, VirtualPin>();
  private readonly aliases: Record<string, string>;
  readonly ordered: VirtualPin[];

  constructor(board: BoardDefinition, now: () => number) {
    this.aliases = pinAliases(board);
    this.ordered = chipPinNames(board).map((name, index) => new VirtualPin(name, index, now));
    for (const pin of this.ordered) this.pins.set(pin.name, pin);
  }

  /** Looks a pin up by name or alias; undefined when the chip has no such pin. */
  find(name: string): VirtualPin | undefined {
    return this.pins.get(this.aliases[name] ?? name);
  }

  byIndex(index: number): VirtualPin | undefined {
    return this.ordered[index];
  }

  get(name: string): VirtualPin {
    const pin = this.find(name);
    if (!pin) throw new Error(`No pin ${name} on this board`);
    return pin;
  }

  get aliasNames(): Record<string, string> {
    return { ...this.aliases };
  }
}
