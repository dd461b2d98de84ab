/**
 * A board definition: the data a bundle is built for. One JSON file per board in boards/,
 * validated at build time by a JSON schema generated from this type, then compiled into that
 * board's bundle. Logic speaks of "released"/"secured", "open"/"closed", "active"/"idle";
 * only this data knows which pin level that is.
 *
 * Pure types: compiled by both the firmware (no lib) and the host configuration.
 */

/** An Espruino pin name as the interpreter knows it ("B3", "D21", "A10"). */
export type PinName = string;

/** A digital output. `activeLow`: the active (released / on) state is the low level. */
export interface OutputPinDefinition {
  pin: PinName;
  activeLow: boolean;
}

/** A digital input. `activeLow`: the active state (door open, switch tripped, key down) reads low. */
export interface InputPinDefinition {
  pin: PinName;
  activeLow: boolean;
  /** Internal pull resistor to enable. */
  pull: "up" | "down" | "none";
  /**
   * Debounce in milliseconds applied by the watch.
   * @minimum 0
   * @maximum 1000
   */
  debounceMs: number;
}

/** One locker: its solenoid (or maglock) output and its door sensor. */
export interface LockerDefinition {
  /** Output that releases the lock while active. */
  lock: OutputPinDefinition;
  /** Input that is active while the door is open. */
  door: InputPinDefinition;
  /**
   * "pulse" (default): a solenoid or motor latch energised for `timing.releasePulseMs`, ended early
   * when the door opens (the spring latch catches when the door is shut again).
   * "hold-while-open": a maglock or electric strike that must stay released while the door is open;
   * it is released until the door has opened and closed again, or `releasePulseMs` passes with the
   * door never opened.
   */
  releaseMode?: "pulse" | "hold-while-open";
}

export interface KeypadDefinition {
  /** Row lines, driven by the scanner. */
  rows: PinName[];
  /** Column lines, read with watches. */
  columns: PinName[];
  /** Key labels, one string per row, one character per column ("123", "456", "789", "*0#"). */
  layout: string[];
  /**
   * Debounce in milliseconds for the column watches.
   * @minimum 0
   * @maximum 200
   */
  debounceMs: number;
}

export interface SpiBusDefinition {
  /** Hardware SPI peripheral name ("SPI1", "SPI2", ...). */
  bus: string;
  sck: PinName;
  miso: PinName;
  mosi: PinName;
  /**
   * Clock rate in Hz.
   * @minimum 100000
   * @maximum 10000000
   */
  baud: number;
}

export interface WiegandReaderDefinition {
  kind: "wiegand";
  d0: PinName;
  d1: PinName;
  /**
   * Pull resistor on D0/D1 (the lines idle high). Absent means "up". "none" where the pins have no
   * internal pull (ESP32 GPIO34-39) and the level shifter provides the pull-ups.
   */
  pull?: "up" | "none";
}

export interface Mfrc522ReaderDefinition {
  kind: "mfrc522";
  spi: SpiBusDefinition;
  cs: PinName;
  /** Reset / power-down line, if wired. */
  rst?: PinName;
}

/** @discriminator kind */
export type CardReaderDefinition = WiegandReaderDefinition | Mfrc522ReaderDefinition;

export interface I2cBusDefinition {
  /** Hardware I2C peripheral name ("I2C1", ...). */
  bus: string;
  scl: PinName;
  sda: PinName;
  /**
   * Clock rate in Hz.
   * @minimum 10000
   * @maximum 1000000
   */
  bitrate: number;
}

/**
 * An MCP23017 16-bit I/O expander. Lockers name its pins "X<n>.<port><bit>": "X0.A3" is
 * expander 0 (index in `expanders`), port A, bit 3; ports A and B, bits 0-7. Its pins power up as
 * inputs, so a lock output on it floats until the firmware drives it: fit a pull resistor that
 * holds the lock driver secured.
 */
export interface Mcp23017ExpanderDefinition {
  kind: "mcp23017";
  i2c: I2cBusDefinition;
  /**
   * 7-bit I2C address, 0x20-0x27 (decimal 32-39) as strapped on A2..A0.
   * @asType integer
   * @minimum 32
   * @maximum 39
   */
  address: number;
  /** MCU pin wired to INTA (INTB mirrored, open drain; pull-up enabled). Absent: inputs are polled. */
  interrupt?: PinName;
}

/** One kind today; a union with a `kind` discriminator when another chip is added. */
export type ExpanderDefinition = Mcp23017ExpanderDefinition;

/** A region of flash, in the board's own address space. */
export interface FlashRegionDefinition {
  /**
   * Start address (decimal; boards' JSON uses numbers).
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * Length in bytes.
   * @asType integer
   * @minimum 1
   */
  size: number;
  /**
   * Smallest erasable unit in bytes inside this region.
   * @asType integer
   * @minimum 1
   */
  eraseUnit: number;
}

export interface FlashLayoutDefinition {
  /** Where Espruino keeps its Storage (saved code, files). */
  storage: FlashRegionDefinition;
  /** Flash outside Storage that the firmware may use for the audit log and latched state. */
  free: FlashRegionDefinition[];
  /** Human-readable account of what the log can hold on this board's erase units. */
  logNote: string;
  /** What the firmware keeps where, in whole erase units of `free` regions. */
  partitions: FlashPartitionsDefinition;
}

/** Part of one `flash.free` region, in whole erase units of that region. */
export interface FlashPartitionDefinition {
  /** @TJS-type integer */
  start: number;
  /** @TJS-type integer */
  size: number;
}

/**
 * Raw flash outside Storage is never compacted by the interpreter, so what must survive power
 * cuts lives there when the board has room. Where a partition is absent the firmware falls back
 * to Storage files allocated once at provisioning and only programmed into erased bytes.
 */
export interface FlashPartitionsDefinition {
  /** The audit log ring. Required: every board keeps its log outside Storage. */
  log: FlashPartitionDefinition;
  /** Latched states, boot epoch and counters: at least two erase units, written alternately. */
  state?: FlashPartitionDefinition;
  /** Credential tables A and B: a new table is written into the one not in force. */
  credentials?: { a: FlashPartitionDefinition; b: FlashPartitionDefinition };
}

export interface CryptoDefinition {
  /** `require("crypto").SHA256` exists in this board's Espruino build. */
  sha256: boolean;
  sha512: boolean;
  aes: boolean;
  tls: boolean;
}

export interface TimingDefinition {
  /**
   * How long a release pulse energises a solenoid, ms.
   * @minimum 50
   * @maximum 30000
   */
  releasePulseMs: number;
  /**
   * Heartbeat LED period, ms.
   * @minimum 100
   * @maximum 10000
   */
  heartbeatMs: number;
  /**
   * A door open longer than this raises "held-open", ms. Absent: 30000.
   * @minimum 1000
   * @maximum 3600000
   */
  heldOpenMs?: number;
  /**
   * While a door stays held open, "held-open-reminder" repeats this often, ms. Absent: 60000.
   * @minimum 1000
   * @maximum 3600000
   */
  heldOpenReminderMs?: number;
  /**
   * Pause between one group of releases ending and the next starting (open-all, queued
   * releases), so a solenoid's turn-off spike and the next one's inrush never overlap, ms. Absent: 200.
   * @minimum 0
   * @maximum 5000
   */
  releaseGapMs?: number;
  /**
   * A door that opens again this soon after closing, while secured, did not latch: "lock-fail"
   * instead of "forced", ms. Absent: 3000.
   * @minimum 0
   * @maximum 60000
   */
  latchCheckMs?: number;
}

export interface TransportsDefinition {
  /** USB CDC serial to a laptop (maintenance port / REPL). */
  usb: boolean;
  /** Wi-Fi (MQTT sync). */
  wifi: boolean;
}

export interface BoardDefinition {
  /**
   * File name without extension; also the bundle name dist/<id>.js.
   * @pattern ^[a-z0-9][a-z0-9-]*$
   */
  id: string;
  /** Display name. */
  name: string;
  /** The Espruino build this board runs (the interpreter's boards/<name>.py), e.g. "PICO_R1_3". */
  espruinoBoard: "PICO_R1_3" | "ESPRUINOWIFI" | "ESP32" | "VIRTUAL";
  /**
   * Variables (JsVars) the interpreter has on this board.
   * @asType integer
   * @minimum 1000
   */
  ramVariables: number;
  /** Whether saved code runs from memory-mapped flash (its text costs no RAM). */
  codeInFlash: boolean;
  /** @minItems 1 @maxItems 32 */
  lockers: LockerDefinition[];
  /**
   * I/O expanders whose pins lockers may name ("X0.A3"); up to 8 per I2C bus (addresses 0x20-0x27).
   * @maxItems 16
   */
  expanders?: ExpanderDefinition[];
  /**
   * Most solenoids the supply can energise at once.
   * @asType integer
   * @minimum 1
   */
  maxSimultaneousReleases: number;
  keypad?: KeypadDefinition;
  cardReaders: CardReaderDefinition[];
  buzzer: OutputPinDefinition;
  /** Heartbeat / status LED. */
  statusLed: OutputPinDefinition;
  grantedLed?: OutputPinDefinition;
  deniedLed?: OutputPinDefinition;
  /** Enclosure tamper switch: active when the enclosure is open. */
  tamper: InputPinDefinition;
  /** Wired input from the school's lockdown panel: active while lockdown is requested. */
  lockdownInput?: InputPinDefinition;
  /** Output for a silent (duress) alarm, where wired. */
  silentAlarm?: OutputPinDefinition;
  timing: TimingDefinition;
  flash: FlashLayoutDefinition;
  crypto: CryptoDefinition;
  transports: TransportsDefinition;
  /**
   * Wiring and sourcing notes for people (polarity conventions, external pull-ups, where figures
   * come from). Documentation only: the build leaves it out of the bundle.
   */
  notes?: string[];
}
