/**
 * The Espruino API the firmware uses — exactly that, and typed as the interpreter behaves
 * (espruino/Espruino src/jswrap_*.c, libs/crypto, libs/network; shared/ESPRUINO.md).
 *
 * Contract: the virtual board provides every global and module declared here, with Espruino's
 * behaviour. Only hal/espruino/** may use them. Adding a declaration means the virtual board
 * must grow it too: declare what the HAL calls, nothing more.
 *
 * ECMAScript builtins (Array, Uint8Array, ArrayBuffer, ...) live in es.d.ts.
 */

// ---------------------------------------------------------------------------------------------
// Pins

/**
 * A pin. At run time a Pin is a number-like object; the firmware never does arithmetic on it.
 * Board data names pins as strings, so the HAL resolves them with `new Pin(name)`.
 */
interface Pin {
  readonly __espruinoPin: "Pin";
}

interface PinConstructor {
  /**
   * Resolves a pin name ("B3", "D21", "A10", "LED1") as the interpreter's jshGetPinFromString
   * does. Returns `undefined` (not a Pin, no exception) when the name is not a pin of this chip.
   */
  new (name: string): Pin | undefined;
}
declare var Pin: PinConstructor;

/**
 * Pin modes the HAL sets. Once pinMode has been called, digitalWrite/digitalRead/setWatch no
 * longer change the mode by themselves.
 */
type EspruinoPinMode = "input" | "input_pullup" | "input_pulldown" | "output" | "opendrain";

declare function pinMode(pin: Pin, mode: EspruinoPinMode): void;
/** The pin's current mode ("input", "input_pullup", "output", "af_output", "analog", ...). */
declare function getPinMode(pin: Pin): string;
/**
 * Drives the pin; `true` = high. Unless pinMode was called, the pin is switched to output FIRST
 * (still at its old latch) and then set: a fresh pin briefly drives 0.
 */
declare function digitalWrite(pin: Pin, value: boolean): void;
/** Reads the level: 1 = high, 0 = low. */
declare function digitalRead(pin: Pin): number;

/** What a watch callback receives. Times are in seconds, on the getTime() clock. */
interface WatchEvent {
  /** Level after the change (true = high). */
  state: boolean;
  /** When the pin changed (for a debounced watch: when it settled). */
  time: number;
  /** When the pin last changed before this — on any edge, not when the callback last ran. */
  lastTime: number;
  /** Level of the `data` pin at the edge; present only when `data` was given (needs debounce 0). */
  data?: boolean;
}

interface WatchOptions {
  /** Keep watching after the first callback. Default false: one call, then the watch is gone. */
  repeat?: boolean;
  /** Default "both" for pins. */
  edge?: "rising" | "falling" | "both";
  /** Milliseconds the level must stay stable before the change is reported; 0 = none (default for pins). */
  debounce?: number;
  /** Another pin read at each edge, reported as `data` (only with debounce 0). */
  data?: Pin;
  /** Call from the interrupt itself; only for native functions. The HAL never sets this. */
  irq?: boolean;
}

/**
 * Calls `callback` from the main loop when the pin changes. Returns an id for clearWatch.
 * An exception in the callback prints "Uncaught ...", and the watch is removed (error flag CALLBACK).
 * STM32: two pins with the same number (A0 and B0) cannot both be watched.
 */
declare function setWatch(callback: (event: WatchEvent) => void, pin: Pin, options: WatchOptions): number;
declare function clearWatch(id: number): void;

/** Raw 32-bit memory read — used only to read the chip's reset-cause register. */
declare function peek32(address: number): number;
/** Raw 32-bit memory write — used only to clear the STM32 reset flags (RCC_CSR.RMVF). */
declare function poke32(address: number, value: number): void;

// ---------------------------------------------------------------------------------------------
// Time

/** Seconds (float) since 1970 on the board's clock; the clock only moves forward unless setTime is used. */
declare function getTime(): number;
/** Returns an id (an integer) for clearTimeout. `ms` may be fractional; tiny values are raised to a minimum. */
declare function setTimeout(callback: () => void, ms: number): number;
declare function setInterval(callback: () => void, ms: number): number;
/**
 * Removes the timer with that id, timeout or interval alike (clearTimeout and clearInterval are
 * the same). An unknown or already-fired id is ignored silently. `clearTimeout(undefined)`
 * THROWS; `clearTimeout()` with no argument clears EVERY timer (the HAL never does that).
 */
declare function clearTimeout(id: number): void;
/** Same as clearTimeout. */
declare function clearInterval(id: number): void;

// ---------------------------------------------------------------------------------------------
// Console

interface EspruinoConsole {
  /** Prints the arguments separated by spaces and a newline on the current console device. */
  log(...values: unknown[]): void;
}
declare var console: EspruinoConsole;
/** Same as console.log. */
declare function print(...values: unknown[]): void;

// ---------------------------------------------------------------------------------------------
// The E object

type EspruinoErrorFlag = "FIFO_FULL" | "BUFFER_FULL" | "CALLBACK" | "LOW_MEMORY" | "MEMORY" | "MEMORY_BUSY" | "UART_OVERFLOW";

/** Console devices the firmware may move the REPL to (null = nowhere). */
type EspruinoConsoleDeviceName = "USB" | "Serial1" | "Serial2";

interface EspruinoE {
  /**
   * Starts the hardware watchdog. `timeoutSeconds` is in SECONDS (ESP32 rounds to whole seconds).
   * `isAuto` false: the firmware must call kickWatchdog; undefined/true: kicked from the idle loop.
   * Cannot be stopped once started (until a reset).
   */
  enableWatchdog(timeoutSeconds: number, isAuto: boolean): void;
  kickWatchdog(): void;
  /** Returns the flags raised since the last call, and clears them. */
  getErrorFlags(): EspruinoErrorFlag[];
  /** Hard reset of the microcontroller, as if the reset pin were toggled. RAM is lost. */
  reboot(): void;
  /** Moves the REPL; `null` removes it completely. `force` stops USB (re)connection moving it back. */
  setConsole(device: EspruinoConsoleDeviceName | null, options: { force: boolean }): void;
  /** Current console device name, or null. */
  getConsole(): string | null;
  /** Bytes → a string of char codes 0–255 (what sockets and serial ports send unchanged). */
  toString(bytes: Uint8Array): string;
  /** A string of char codes 0–255 (or bytes) → a new Uint8Array. */
  toUint8Array(data: string | Uint8Array): Uint8Array;
  /** Standard CRC-32 (as zlib), unsigned. */
  CRC32(data: Uint8Array | string): number;
}
declare var E: EspruinoE;

// ---------------------------------------------------------------------------------------------
// process

interface EspruinoMemory {
  /** Free variables (blocks); includes `history`. */
  free: number;
  usage: number;
  total: number;
  /** Blocks held by REPL history, freed when memory is low. */
  history: number;
  /** Blocks freed by the GC pass this call ran. */
  gc: number;
  gctime: number;
  /** Bytes per variable. */
  blocksize: number;
}

interface EspruinoProcess {
  /** Runs a GC pass (unless `gc` is false) and reports memory in variables. */
  memory(gc?: boolean): EspruinoMemory;
  readonly env: {
    /** Interpreter version, e.g. "2v29". */
    VERSION: string;
    /** The build's board id, e.g. "PICO_R1_3", "ESPRUINOWIFI", "ESP32". */
    BOARD: string;
  };
}
declare var process: EspruinoProcess;

/** The root scope. Firmware never needs it; test firmware entries publish objects on it for the host. */
declare var global: { [name: string]: unknown };

// ---------------------------------------------------------------------------------------------
// Buses

interface EspruinoSpiSetup {
  sck: Pin;
  miso: Pin;
  mosi: Pin;
  /** Hz; default 100000. */
  baud: number;
  /** 0–3; default 0. */
  mode?: number;
  order?: "msb" | "lsb";
}

interface EspruinoSpi {
  setup(options: EspruinoSpiSetup): void;
  /**
   * Clocks `data` out and returns what came in, same length. With `nss`, that pin is driven low
   * before and high after the transfer.
   */
  send(data: Uint8Array, nss?: Pin): Uint8Array;
}
declare var SPI1: EspruinoSpi;
declare var SPI2: EspruinoSpi;
declare var SPI3: EspruinoSpi;

interface EspruinoI2c {
  setup(options: { scl: Pin; sda: Pin; bitrate: number }): void;
  /** 7-bit address. Throws on NACK / timeout ("I2C Error: ..."). */
  writeTo(address: number, data: Uint8Array): void;
  /** 7-bit address; returns exactly `quantity` bytes. Throws on NACK / timeout. */
  readFrom(address: number, quantity: number): Uint8Array;
}
declare var I2C1: EspruinoI2c;
declare var I2C2: EspruinoI2c;
declare var I2C3: EspruinoI2c;

interface EspruinoSerial {
  /** Baud is ignored on USB. Default pins for the port. */
  setup(baud: number): void;
  /**
   * Received characters, as a string of char codes 0–255. Only delivered while this device is
   * NOT the console (the REPL consumes console input).
   */
  on(event: "data", listener: (data: string) => void): void;
  removeAllListeners(event: "data"): void;
  /** Writes the bytes unchanged (a string is sent as its char codes). */
  write(data: string | Uint8Array): void;
}
declare var USB: EspruinoSerial;
declare var Serial1: EspruinoSerial;
declare var Serial2: EspruinoSerial;

// ---------------------------------------------------------------------------------------------
// Modules

interface EspruinoStorage {
  /**
   * Creates or replaces `name` (names longer than 28 characters are cut). With `offset` > 0 writes
   * inside an existing file (only into still-erased bytes); `size` creates a file larger than
   * `data`, the rest reading 0xFF. May compact Storage first (not power-safe). Throws
   * "Unable to find or create file" when it does not fit, "Can't create zero length file" for
   * empty data without `size`.
   */
  write(name: string, data: string | Uint8Array, offset?: number, size?: number): boolean;
  /** The file as a string of char codes, or undefined. On boards with memory-mapped flash it costs no RAM. */
  read(name: string): string | undefined;
  /** The file's bytes (memory-mapped where the flash allows), or undefined. */
  readArrayBuffer(name: string): ArrayBuffer | undefined;
  erase(name: string): void;
  /** Names of all files, including boot files (".bootcde", ".boot0"...). */
  list(): string[];
  /** Free bytes at the end of Storage (jsfGetStorageStats().free): the largest file that fits without compaction. */
  getFree(): number;
}

interface EspruinoFlashArea {
  addr: number;
  length: number;
}

interface EspruinoFlash {
  /** Page-aligned areas nobody uses (not firmware, not Storage). */
  getFree(): EspruinoFlashArea[];
  /** Erases the page containing `addr` to 0xFF. */
  erasePage(addr: number): void;
  /** Programs bytes: each bit can only go 1 → 0 (result = old AND new). Unaligned ends are padded. */
  write(data: Uint8Array, addr: number): void;
  read(length: number, addr: number): Uint8Array;
}

interface EspruinoCrypto {
  /** 32-byte digest. Present only on builds with SHA256 (board.crypto.sha256). There is no HMAC. */
  SHA256(message: Uint8Array | string): ArrayBuffer;
}

interface EspruinoSocketError {
  /** Negative: -3 timeout, -4 no route, -6 DNS not found, -9 reset/refused, ... */
  code: number;
  message: string;
}

interface EspruinoSocket {
  on(event: "data", listener: (data: string) => void): void;
  on(event: "close", listener: (hadError: boolean) => void): void;
  on(event: "error", listener: (error: EspruinoSocketError) => void): void;
  /** Sends a string of char codes 0–255. Returns false (Node compatibility). */
  write(data: string): boolean;
  end(): void;
}

interface EspruinoNet {
  /**
   * Opens a TCP connection; `onConnect` runs once connected. A connection that cannot even be
   * started (refused, no network) THROWS synchronously ("Unable to create socket").
   */
  connect(options: { host: string; port: number }, onConnect: (socket: EspruinoSocket) => void): EspruinoSocket;
}

declare function require(module: "Storage"): EspruinoStorage;
declare function require(module: "Flash"): EspruinoFlash;
declare function require(module: "crypto"): EspruinoCrypto;
declare function require(module: "net"): EspruinoNet;
