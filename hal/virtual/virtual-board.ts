/**
 * The virtual board: a host-side stand-in for an Espruino board running a built bundle.
 *
 * Hardware (kept across resets): NOR flash laid out as the board file says, pins, buses, the
 * clock, the watchdog and the chip's reset-cause register. Software: one EspruinoRuntime per
 * interpreter life; reset(), load(), E.reboot(), the watchdog and power cuts replace or stop it.
 *
 * Boot follows src/jsinteractive.c / jsflash.c: at every hardware start Storage is checked and
 * erased if invalid ("Storage is corrupt."), then .boot0–.boot3 run, then .bootcde — unless the
 * button is held (safe boot), when .bootrst runs instead. reset() runs .boot0–.boot3 and .bootrst;
 * load() runs .boot0–.boot3 and .bootcde (or the file it names). Then E's "init" event fires.
 *
 * Console output is text with "\n" line ends (the TCP console turns them into "\r\n").
 */
import type { BoardDefinition } from "../board";
import {
  esp32ResetReasonAfter,
  ESP32_RTC_CNTL_RESET_STATE_REG,
  RCC_CSR_RESET_FLAGS,
  RCC_CSR_RMVF,
  STM32F4_RCC_CSR,
  stm32f4ResetFlagsAfter,
} from "../espruino/reset-registers";
import type { ResetCauseName } from "../interfaces/system";
import { VirtualClock } from "./clock";
import { createFlashModule, type FlashModule } from "./flash/flash-module";
import { NorFlash } from "./flash/nor-flash";
import { EspruinoStorage } from "./flash/storage";
import type { ReplTarget } from "./repl-target";
import { BusSet, type I2cBusModel, type SerialPortModel, type SpiBusModel } from "./runtime/buses";
import { HaltSignal } from "./runtime/halt";
import type { NetworkLike } from "./runtime/modules";
import { PinBank, type VirtualPin } from "./runtime/pins";
import { EspruinoRuntime, type ResetCause } from "./runtime/runtime";

export type { ReplTarget } from "./repl-target";
export type { ResetCause } from "./runtime/runtime";
export type { VirtualPin, PinLevel, PinMode, PinHistoryEntry } from "./runtime/pins";

export interface VirtualBoardOptions {
  board: BoardDefinition;
  /** Drive the clock from the wall clock (npm start). Default: virtual time, moved by advance(). */
  realTime?: boolean;
  /** An existing flash image (to boot a board whose flash a test prepared). */
  flash?: NorFlash;
  /** Virtual time at start, ms since the epoch (default 0: boards start near 1970). */
  startTimeMs?: number;
  /** Where require("net") connects (Wi-Fi boards); without it connections throw. */
  network?: NetworkLike;
}

export interface BootOptions {
  /** The board's button is held: .bootcde is skipped (Espruino's safe boot). */
  safeBoot?: boolean;
}

export class VirtualBoard implements ReplTarget {
  readonly board: BoardDefinition;
  readonly flash: NorFlash;
  readonly storage: EspruinoStorage;
  readonly flashModule: FlashModule;
  readonly clock: VirtualClock;
  readonly pins: PinBank;
  readonly buses: BusSet;
  network: NetworkLike | undefined;

  private runtimeInstance: EspruinoRuntime | undefined;
  private outputText = "";
  private outputListeners: Array<(text: string) => void> = [];
  private poweredOn = false;
  private booting = false;
  private pending: { kind: "reset" | "load" | "reboot"; filename?: string; cause?: ResetCause } | undefined;
  private lastResetCause: ResetCause = "power-on";
  private rccCsr = 0;
  private esp32ResetReason = 0;
  private watchdog: { timeoutMs: number; auto: boolean; event?: ReturnType<VirtualClock["schedule"]> } | undefined;
  private readonly realTime: boolean;

  constructor(opts: VirtualBoardOptions) {
    this.board = opts.board;
    this.realTime = opts.realTime ?? false;
    this.network = opts.network;
    const layout = opts.board.flash;
    const regions = [layout.storage, ...layout.free].map((r) => ({ start: r.start, size: r.size, eraseUnit: r.eraseUnit }));
    this.flash = opts.flash ?? new NorFlash({ base: Math.min(...regions.map((r) => r.start)), regions });
    // Storage prints on the console as the interpreter does ("Storage is corrupt.", "Compacting...").
    this.storage = new EspruinoStorage(this.flash, layout.storage, { print: (text) => this.print(text) });
    this.flashModule = createFlashModule(this.flash, layout.free.map((r) => ({ addr: r.start, length: r.size })));
    this.clock = new VirtualClock({ startMs: opts.startTimeMs ?? 0 });
    this.pins = new PinBank(opts.board, () => this.clock.nowMs);
    this.buses = new BusSet(this.pins);
  }

  // ------------------------------------------------------------------ flashing and power

  /** Writes the bundle as the saved program, like `espruino --storage .bootcde:file`. */
  installBundle(code: string): void {
    this.storage.write(".bootcde", code);
  }

  powerOn(opts: BootOptions = {}): void {
    if (this.poweredOn) throw new Error("VirtualBoard.powerOn: the board is already on (use reboot())");
    this.poweredOn = true;
    this.hardwareStart("power-on", opts);
    if (this.realTime) this.clock.startRealTime(5, (error) => this.print(`\n[virtual board] ${String(error)}\n`));
  }

  /** Hard reset (reset pin, E.reboot, watchdog, brown-out): RAM lost, flash kept. Default cause: the reset button. */
  reboot(cause: ResetCause = "pin", opts: BootOptions = {}): void {
    this.stopInterpreter("reboot");
    this.stopWatchdog();
    this.poweredOn = true;
    this.hardwareStart(cause, opts);
  }

  /** Power gone now: nothing more runs; flash stays as it is (mid-operation cuts come from NorFlash.armPowerCut). */
  powerCut(): void {
    this.stopInterpreter("power cut");
    this.stopWatchdog();
    this.clock.stopRealTime();
    this.poweredOn = false;
    this.pending = undefined;
    for (const pin of this.pins.ordered) pin.resetToPowerOn();
  }

  get isOn(): boolean {
    return this.poweredOn;
  }

  /** Why the chip last reset. */
  get resetCause(): ResetCause {
    return this.lastResetCause;
  }

  dispose(): void {
    this.clock.stopRealTime();
    this.stopInterpreter("disposed");
  }

  // ------------------------------------------------------------------ running

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  evaluate(source: string): unknown {
    const rt = this.runtime;
    try {
      return rt.evaluate(source);
    } catch (error) {
      if (error instanceof HaltSignal) return undefined;
      throw error;
    }
  }

  onOutput(listener: (text: string) => void): () => void {
    this.outputListeners.push(listener);
    return () => {
      this.outputListeners = this.outputListeners.filter((l) => l !== listener);
    };
  }

  /** Everything printed on the console since the board was made. */
  get output(): string {
    return this.outputText;
  }

  clearOutput(): void {
    this.outputText = "";
  }

  pin(name: string): VirtualPin {
    return this.pins.get(name);
  }

  spi(name: string): SpiBusModel {
    return required(this.buses.spi[name], `SPI bus ${name}`);
  }

  i2c(name: string): I2cBusModel {
    return required(this.buses.i2c[name], `I2C bus ${name}`);
  }

  serial(name: string): SerialPortModel {
    return required(this.buses.serial[name], `serial port ${name}`);
  }

  /** Estimated JsVars in use (see runtime/memory.ts); total is board.ramVariables. */
  memory(): { usage: number; total: number; free: number } {
    return this.runtime.memoryUsage();
  }

  /** The running interpreter (tests may look at its timers and watches). */
  get runtime(): EspruinoRuntime {
    if (!this.runtimeInstance || this.runtimeInstance.halted) throw new Error("VirtualBoard: the board is not running (power it on)");
    return this.runtimeInstance;
  }

  // ------------------------------------------------------------------ internals

  private print(text: string): void {
    this.outputText += text;
    for (const listener of [...this.outputListeners]) listener(text);
  }

  private hardwareStart(cause: ResetCause, opts: BootOptions): void {
    this.lastResetCause = cause;
    const causeName: ResetCauseName = cause === "pin" ? "unknown" : cause;
    this.rccCsr |= stm32f4ResetFlagsAfter(causeName);
    this.esp32ResetReason = esp32ResetReasonAfter(causeName);
    for (const pin of this.pins.ordered) pin.resetToPowerOn();
    this.storage.bootCheck();
    this.boot(opts.safeBoot ? { bootFile: ".bootrst" } : { bootFile: ".bootcde" });
  }

  /** Starts a fresh interpreter and runs the boot files. */
  private boot(plan: { bootFile?: string; loadFile?: string }): void {
    this.booting = true;
    try {
      const rt = new EspruinoRuntime({
        board: this.board,
        clock: this.clock,
        pins: this.pins,
        buses: this.buses,
        storage: this.storage,
        flashModule: this.flashModule,
        network: this.network,
        print: (text) => this.print(text),
        requestRestart: (kind, filename) => {
          this.pending = { kind, filename };
        },
        requestReboot: (cause) => {
          this.pending = { kind: "reboot", cause };
        },
        watchdog: {
          enable: (seconds, auto) => this.enableWatchdog(seconds, auto),
          kick: () => this.kickWatchdog(),
        },
        peek32: (address) => this.peek32(address),
        poke32: (address, value) => this.poke32(address, value),
        powerFailed: () => this.powerCut(),
        onIdle: () => {
          if (!this.booting) this.runPending();
        },
      });
      this.runtimeInstance = rt;
      const run = (name: string) => {
        const code = rt.halted ? undefined : this.storage.read(name);
        if (code !== undefined) rt.runFile(code, name);
      };
      if (plan.loadFile !== undefined) {
        // load(file): the file alone, after the reset (jsiSemiInit(false) runs no boot files first).
        run(plan.loadFile);
      } else {
        for (const name of [".boot0", ".boot1", ".boot2", ".boot3"]) run(name);
        if (plan.bootFile === ".bootcde" && this.storage.read(".bootrst") !== undefined) run(".bootrst");
        else if (plan.bootFile) run(plan.bootFile);
      }
      if (!rt.halted) {
        const E = rt.global.E as Record<string, unknown>;
        if (E["#oninit"] !== undefined) rt.dispatch(E["#oninit"], [], E);
      }
    } finally {
      this.booting = false;
    }
    this.runPending();
  }

  private runPending(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (pending.kind === "reboot") {
      this.reboot(pending.cause ?? "software");
      return;
    }
    this.stopInterpreter(pending.kind === "reset" ? "reset()" : "load()", true);
    for (const pin of this.pins.ordered) pin.resetToPowerOn();
    if (pending.kind === "reset") this.boot({ bootFile: ".bootrst" });
    else this.boot(pending.filename !== undefined ? { loadFile: pending.filename } : { bootFile: ".bootcde" });
  }

  private stopInterpreter(reason: string, runKillEvent = false): void {
    const rt = this.runtimeInstance;
    if (!rt || rt.halted) return;
    if (runKillEvent) {
      const E = rt.global.E as Record<string, unknown>;
      if (E["#onkill"] !== undefined) rt.dispatch(E["#onkill"], [], E);
    }
    rt.halt(reason);
  }

  private enableWatchdog(seconds: number, auto: boolean): void {
    const timeoutMs = (this.board.espruinoBoard === "ESP32" ? Math.max(1, Math.round(seconds)) : seconds) * 1000;
    this.stopWatchdog();
    this.watchdog = { timeoutMs, auto };
    this.kickWatchdog();
  }

  /**
   * In auto mode the idle loop kicks the watchdog, and virtual firmware always returns to idle
   * (a hung loop would hang the host too), so only a manual watchdog can fire here.
   */
  private kickWatchdog(): void {
    const wd = this.watchdog;
    if (!wd || wd.auto) return;
    this.clock.cancel(wd.event);
    wd.event = this.clock.schedule(wd.timeoutMs, () => {
      this.reboot("watchdog");
    });
  }

  private stopWatchdog(): void {
    if (this.watchdog) this.clock.cancel(this.watchdog.event);
    this.watchdog = undefined;
  }

  private peek32(address: number): number {
    if (address === STM32F4_RCC_CSR && this.board.espruinoBoard !== "ESP32") return this.rccCsr | 0;
    if (address === ESP32_RTC_CNTL_RESET_STATE_REG && this.board.espruinoBoard === "ESP32") return this.esp32ResetReason;
    return 0;
  }

  private poke32(address: number, value: number): void {
    if (address === STM32F4_RCC_CSR && (value & RCC_CSR_RMVF) !== 0) this.rccCsr &= ~RCC_CSR_RESET_FLAGS;
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`VirtualBoard: no ${what}`);
  return value;
}
