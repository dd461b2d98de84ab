/**
 * One life of the Espruino interpreter on the virtual board: a vm context holding only what
 * Espruino offers, its globals wired to the board's pins, buses, flash and clock. A reset,
 * load() or reboot throws the whole runtime away and makes a new one (RAM is lost); the
 * hardware (pins, buses, flash, clock) belongs to the VirtualBoard and stays.
 *
 * Execution follows the interpreter's idle loop: firmware code runs to completion, then promise
 * callbacks, then whatever is due (timers, watch events) one at a time. An exception in a
 * callback prints "Uncaught ..." and the program goes on; one at the top level of loaded code
 * stops the rest of that code.
 */
import vm from "node:vm";
import type { BoardDefinition } from "../../board";
import type { ResetCauseName } from "../../interfaces/system";
import type { VirtualClock } from "../clock";
import { formatResult, formatUncaught, formatNumber } from "../repl/espruino-format";
import type { BusSet } from "./buses";
export { HaltSignal } from "./halt";
import { installEspruinoGlobals } from "./globals";
import { HaltSignal } from "./halt";
import { applyEspruinoIntrinsics } from "./intrinsics";
import { JsVarEstimator } from "./memory";
import type { FlashModuleLike, NetworkLike, StorageLike } from "./modules";
import type { PinBank, VirtualPin } from "./pins";
import { createRealm, type Realm } from "./realm";
import { EspruinoTimers } from "./timers";
import { WatchManager } from "./watches";

/** Why the chip reset; "pin" is the reset button (the HAL reads it as "unknown"). */
export type ResetCause = ResetCauseName | "pin";

export type EspruinoErrorFlag = "FIFO_FULL" | "BUFFER_FULL" | "CALLBACK" | "LOW_MEMORY" | "MEMORY" | "MEMORY_BUSY" | "UART_OVERFLOW";

export interface RuntimeHost {
  board: BoardDefinition;
  clock: VirtualClock;
  pins: PinBank;
  buses: BusSet;
  storage: StorageLike;
  flashModule: FlashModuleLike;
  network: NetworkLike | undefined;
  /** Text the interpreter prints on its console device. */
  print(text: string): void;
  /** reset()/load(): done when the interpreter is idle again. */
  requestRestart(kind: "reset" | "load", filename?: string): void;
  /** E.reboot(): hard reset, done as soon as the running code has unwound. */
  requestReboot(cause: ResetCause): void;
  watchdog: { enable(timeoutSeconds: number, auto: boolean): void; kick(): void };
  peek32(address: number): number;
  poke32(address: number, value: number): void;
  /** A flash operation was cut by a power failure: the board is now off. */
  powerFailed(): void;
  /** Called whenever the interpreter becomes idle (no firmware code on the stack). */
  onIdle(): void;
}

const DRAIN = new vm.Script("", { filename: "espruino-idle.js" });

export class EspruinoRuntime {
  readonly context: vm.Context;
  readonly realm: Realm;
  readonly timers: EspruinoTimers;
  readonly watches: WatchManager;
  private depth = 0;
  private haltReason: string | undefined;
  private errorFlags = new Set<EspruinoErrorFlag>();
  consoleDevice: string | null;
  /** Names and values of the globals before firmware ran (memory accounting). */
  readonly builtinGlobals = new Map<string, unknown>();
  readonly builtinObjects = new Map<object, Set<string>>();
  private readonly pinObjects = new Map<VirtualPin, object>();
  private readonly pinOfObject = new WeakMap<object, VirtualPin>();
  private readonly estimator = new JsVarEstimator();
  readonly global: Record<string, unknown>;

  constructor(readonly host: RuntimeHost) {
    this.context = vm.createContext({}, { microtaskMode: "afterEvaluate", name: `espruino-${host.board.id}` });
    this.realm = createRealm(this.context);
    applyEspruinoIntrinsics(this.context, { nowMs: () => host.clock.nowMs });
    this.global = vm.runInContext("globalThis", this.context) as Record<string, unknown>;
    this.consoleDevice = host.board.transports.usb ? "USB" : "Serial1";
    this.timers = new EspruinoTimers(host.clock);
    this.watches = new WatchManager(host.pins, this.timers, {
      nowMs: () => host.clock.nowMs,
      dispatch: (cb, args) => this.dispatch(cb, args),
      makeEventObject: (fields) => this.realm.object(fields as unknown as Record<string, unknown>),
      pinObject: (pin) => this.pinObject(pin),
      warn: (text) => this.print(`WARNING: ${text}\n`),
      sharesLineByNumber: host.board.espruinoBoard === "PICO_R1_3" || host.board.espruinoBoard === "ESPRUINOWIFI",
    });
    installEspruinoGlobals(this);
    this.snapshotBuiltins();
  }

  // ------------------------------------------------------------------ execution

  /** Runs loaded code (a boot file): an uncaught error prints and stops the rest of it. */
  runFile(code: string, filename: string): void {
    this.enter(() => {
      try {
        vm.runInContext(code, this.context, { filename });
      } catch (error) {
        this.reportUncaught(error);
      }
    });
  }

  /** REPL evaluation in the global scope; throws what the code throws. */
  evaluate(source: string): unknown {
    return this.enter(() => vm.runInContext(source, this.context, { filename: "REPL" }));
  }

  /**
   * Runs a firmware callback (function, string of code, or an array of listeners) as the idle
   * loop does. Called while firmware code is running (a watch fired by its own digitalWrite),
   * it is queued to run right after instead.
   */
  dispatch(callback: unknown, args: unknown[], thisArg?: unknown): void {
    if (this.halted) return;
    if (this.depth > 0) {
      this.host.clock.schedule(0, () => this.dispatch(callback, args, thisArg));
      return;
    }
    this.enter(() => {
      const list = Array.isArray(callback) ? [...callback] : [callback];
      for (const cb of list) {
        try {
          if (typeof cb === "function") (cb as (...a: unknown[]) => unknown).apply(thisArg, args);
          else if (typeof cb === "string") this.realm.evalGlobal(cb);
        } catch (error) {
          this.reportUncaught(error);
        }
      }
    });
  }

  private enter<T>(body: () => T): T {
    if (this.halted) throw new HaltSignal(this.haltReason!);
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
      if (this.depth === 0) {
        this.drainPromiseCallbacks();
        this.host.onIdle();
      }
    }
  }

  private drainPromiseCallbacks(): void {
    if (this.halted) return;
    this.depth++;
    try {
      DRAIN.runInContext(this.context);
    } catch (error) {
      this.reportUncaught(error);
    } finally {
      this.depth--;
    }
  }

  get busy(): boolean {
    return this.depth > 0;
  }

  reportUncaught(error: unknown): void {
    if (error instanceof HaltSignal || this.halted) return;
    const handlers = (this.global.process as Record<string, unknown> | undefined)?.["#onuncaughtException"];
    if (handlers !== undefined) {
      try {
        const list = Array.isArray(handlers) ? handlers : [handlers];
        for (const h of list) (h as (e: unknown) => void)(error);
        return;
      } catch (again) {
        error = again;
      }
    }
    this.print(`Uncaught ${formatUncaught(error)}\n`);
  }

  // ------------------------------------------------------------------ life and death

  /** Stops this interpreter for good: timers and watches gone, every further call refused. */
  halt(reason: string): void {
    if (this.haltReason) return;
    this.haltReason = reason;
    this.timers.removeEverything();
    this.watches.clearAll();
    for (const port of Object.values(this.host.buses.serial)) port.receiver = undefined;
    this.estimator.dispose();
  }

  get halted(): boolean {
    return this.haltReason !== undefined;
  }

  /** Host-side body of a global: refuses once halted; host errors reach firmware as its own Errors. */
  guard<T>(fn: () => T): T {
    if (this.halted) throw new HaltSignal(this.haltReason!);
    try {
      return fn();
    } catch (error) {
      if (error instanceof HaltSignal) throw error;
      if ((error as { name?: string })?.name === "PowerCutError") {
        this.halt("power cut");
        this.host.powerFailed();
        throw error;
      }
      if (error instanceof Error && !(error as object instanceof (this.global.Error as ErrorConstructor))) {
        throw this.realm.error(error instanceof TypeError ? "TypeError" : "Error", error.message);
      }
      throw error;
    }
  }

  // ------------------------------------------------------------------ console, flags, memory

  print(text: string): void {
    if (this.halted) return;
    if (this.consoleDevice !== null) this.host.print(text);
  }

  /** console.log formatting: strings as they are, other values as the REPL shows them. */
  formatLogArgs(args: unknown[]): string {
    return args
      .map((a) => {
        if (typeof a === "string") return a;
        if (typeof a === "number") return formatNumber(a);
        const pin = a && typeof a === "object" ? this.pinOfObject.get(a) : undefined;
        return pin ? pin.name : formatResult(a);
      })
      .join(" ");
  }

  raiseErrorFlag(flag: EspruinoErrorFlag): void {
    this.errorFlags.add(flag);
  }

  takeErrorFlags(): EspruinoErrorFlag[] {
    const order: EspruinoErrorFlag[] = ["FIFO_FULL", "BUFFER_FULL", "CALLBACK", "LOW_MEMORY", "MEMORY", "MEMORY_BUSY", "UART_OVERFLOW"];
    const flags = order.filter((f) => this.errorFlags.has(f));
    this.errorFlags.clear();
    return flags;
  }

  /** Estimated variables in use (see memory.ts); raises LOW_MEMORY/MEMORY like a full heap would. */
  memoryUsage(): { usage: number; total: number; free: number } {
    const total = this.host.board.ramVariables;
    const usage = this.estimator.estimate({
      global: this.global,
      builtinGlobals: this.builtinGlobals,
      builtinObjects: this.builtinObjects,
      timerCallbacks: this.timerCallbacks(),
      watchCallbacks: this.watches.callbacks,
      codeInFlash: this.host.board.codeInFlash,
      functionSource: (fn) => this.realm.functionSource(fn),
      belongsToBoard: (value) => value instanceof (this.global.Object as ObjectConstructor) || Object.getPrototypeOf(value) === null,
    });
    if (usage > total) {
      this.raiseErrorFlag("MEMORY");
      this.raiseErrorFlag("LOW_MEMORY");
    } else if (usage > total * 0.9) {
      this.raiseErrorFlag("LOW_MEMORY");
    }
    return { usage, total, free: Math.max(0, total - usage) };
  }

  private readonly timerCallbackList: unknown[] = [];
  /** Callbacks held by timers, registered by globals.ts. */
  registerTimerCallback(entryId: number, callback: unknown): void {
    this.timerCallbackList[entryId] = callback;
  }

  private timerCallbacks(): unknown[] {
    return this.timers.list.filter((e) => !e.forWatch).map((e) => this.timerCallbackList[e.id]);
  }

  // ------------------------------------------------------------------ pins

  pinObject(pin: VirtualPin): object {
    let obj = this.pinObjects.get(pin);
    if (!obj) {
      const proto = (this.global.Pin as { prototype: object }).prototype;
      obj = Object.create(proto) as object;
      this.pinObjects.set(pin, obj);
      this.pinOfObject.set(obj, pin);
    }
    return obj;
  }

  /** A firmware pin argument (Pin object, name string, or pin number) → the board's pin. */
  resolvePin(value: unknown): VirtualPin {
    let pin: VirtualPin | undefined;
    if (value && typeof value === "object") pin = this.pinOfObject.get(value);
    else if (typeof value === "string") pin = this.host.pins.find(value);
    else if (typeof value === "number") pin = this.host.pins.byIndex(value);
    if (!pin) throw this.realm.error("Error", "Invalid pin");
    return pin;
  }

  private snapshotBuiltins(): void {
    for (const name of Object.getOwnPropertyNames(this.global)) {
      const descriptor = Object.getOwnPropertyDescriptor(this.global, name);
      const value = descriptor && "value" in descriptor ? descriptor.value : undefined;
      this.builtinGlobals.set(name, value);
      if (value && (typeof value === "object" || typeof value === "function")) this.markBuiltin(value as object, 2);
    }
    this.markBuiltin(this.global, 0);
  }

  private markBuiltin(obj: object, depth: number): void {
    if (this.builtinObjects.has(obj)) return;
    this.builtinObjects.set(obj, new Set(Object.getOwnPropertyNames(obj)));
    if (depth === 0) return;
    for (const name of Object.getOwnPropertyNames(obj)) {
      const descriptor = Object.getOwnPropertyDescriptor(obj, name);
      const value = descriptor && "value" in descriptor ? descriptor.value : undefined;
      if (value && (typeof value === "object" || typeof value === "function")) this.markBuiltin(value as object, depth - 1);
    }
  }
}
