/**
 * setWatch/clearWatch with the interpreter's semantics (src/jswrap_io.c, src/jsinteractive.c):
 * - the watch remembers the pin's state when it is set (reading the pin, which makes an
 *   auto-mode pin an input);
 * - without debounce every change is reported at once (matching edge only), with `data` the
 *   level of the data pin at the edge; `lastTime` is the time of the previous change;
 * - with debounce a change starts (or restarts) a timeout in the timer list; when it runs, the
 *   level it last saw is compared with the watch's state: only a real change is reported, with
 *   `time` = the moment the level settled, so pulses shorter than the debounce vanish;
 * - repeat false: the watch is removed after its first call;
 * - an error in the callback prints "Uncaught ..." and the watch stays (only Ctrl-C removes it);
 * - ids: last id + 1, or 1 when there are none; STM32 cannot watch A0 and B0 at once.
 */
import type { EspruinoTimers, TimerEntry } from "./timers";
import type { PinBank, PinLevel, VirtualPin } from "./pins";

export interface WatchCallbackEvent {
  state: boolean;
  time: number;
  lastTime: number | undefined;
  pin: unknown;
  data?: boolean;
}

interface Watch {
  id: number;
  pin: VirtualPin;
  callback: unknown;
  repeat: boolean;
  /** -1 falling, 0 both, 1 rising. */
  edge: number;
  debounceMs: number;
  dataPin?: VirtualPin;
  state: boolean;
  lastTime: number | undefined;
  timeout?: TimerEntry & { state?: boolean };
}

export interface WatchHost {
  nowMs(): number;
  /** Runs a firmware callback (string or function) with Uncaught reporting; queued if JS is running. */
  dispatch(callback: unknown, args: unknown[]): void;
  /** Context-side objects for the callback (so the firmware sees its own realm's objects). */
  makeEventObject(fields: WatchCallbackEvent): unknown;
  pinObject(pin: VirtualPin): unknown;
  warn(text: string): void;
  sharesLineByNumber: boolean;
}

export class WatchManager {
  private watches: Watch[] = [];
  private unsubscribers = new Map<VirtualPin, () => void>();
  /** Watch callbacks handed to the firmware so far (benchmarks count them per event). */
  callbacksRun = 0;

  constructor(
    private readonly pins: PinBank,
    private readonly timers: EspruinoTimers,
    private readonly host: WatchHost,
  ) {}

  setWatch(callback: unknown, pin: VirtualPin, options: unknown, isButton: boolean): number | undefined {
    if (this.host.sharesLineByNumber && !this.isWatching(pin)) {
      const number = pin.name.replace(/^[A-Z]+/, "");
      if (this.watches.some((w) => w.pin !== pin && w.pin.name.replace(/^[A-Z]+/, "") === number)) {
        this.host.warn(
          "Unable to set watch. You may already have a watch on a pin with the same number (eg. A0 and B0),\nor this pin cannot be used with watch",
        );
        return undefined;
      }
    }
    let repeat = false;
    let debounceMs = isButton ? 25 : 0;
    let edge = isButton ? 1 : 0;
    let dataPin: VirtualPin | undefined;
    if (options !== null && typeof options === "object") {
      const o = options as Record<string, unknown>;
      if (o.repeat !== undefined) repeat = Boolean(o.repeat);
      if (o.debounce !== undefined) debounceMs = Number(o.debounce);
      if (!(debounceMs >= 0)) debounceMs = 0;
      if (o.edge !== undefined) {
        if (typeof o.edge === "number") edge = o.edge > 0 ? 1 : o.edge < 0 ? -1 : 0;
        else if (o.edge === "rising") edge = 1;
        else if (o.edge === "falling") edge = -1;
        else if (o.edge === "both") edge = 0;
        else throw new TypeError("'edge' in setWatch should be 1, -1, 0, 'rising', 'falling' or 'both'");
      }
      if (o.data !== undefined) dataPin = this.resolveDataPin(o.data);
    } else {
      repeat = Boolean(options);
    }
    if (typeof callback !== "function" && typeof callback !== "string") throw new Error("Function or String not supplied!");
    const last = this.watches[this.watches.length - 1];
    const watch: Watch = {
      id: last ? last.id + 1 : 1,
      pin,
      callback,
      repeat,
      edge,
      debounceMs,
      dataPin,
      state: pin.read() === 1,
      lastTime: undefined,
    };
    if (!this.unsubscribers.has(pin)) this.unsubscribers.set(pin, pin.onChange((p, level) => this.onPinChange(p, level)));
    this.watches.push(watch);
    return watch.id;
  }

  clearWatch(args: unknown[]): void {
    if (args.length === 0) {
      for (const w of [...this.watches]) this.removeWatch(w);
      return;
    }
    const id = args[0];
    if (id === undefined) throw new Error("clearWatch(undefined) not allowed. Use clearWatch() instead");
    const watch = this.watches.find((w) => w.id === Number(id));
    if (!watch) throw new Error(`Unknown Watch ${String(id)}`);
    this.removeWatch(watch);
  }

  /** All watches gone (reset, reboot). */
  clearAll(): void {
    for (const unsubscribe of this.unsubscribers.values()) unsubscribe();
    this.unsubscribers.clear();
    this.watches = [];
  }

  get count(): number {
    return this.watches.length;
  }

  /** Callbacks held by watches (memory accounting). */
  get callbacks(): unknown[] {
    return this.watches.map((w) => w.callback);
  }

  private isWatching(pin: VirtualPin): boolean {
    return this.watches.some((w) => w.pin === pin);
  }

  private resolveDataPin(value: unknown): VirtualPin | undefined {
    if (typeof value === "string") return this.pins.find(value);
    if (typeof value === "number") return this.pins.byIndex(value);
    if (value && typeof value === "object") return this.pins.find(String(value));
    return undefined;
  }

  private removeWatch(watch: Watch): void {
    // A pending debounce timeout stays in the timer list, as in the interpreter.
    this.watches = this.watches.filter((w) => w !== watch);
    if (!this.isWatching(watch.pin)) {
      this.unsubscribers.get(watch.pin)?.();
      this.unsubscribers.delete(watch.pin);
    }
  }

  private shouldExecute(watch: Watch, high: boolean): boolean {
    return watch.edge === 0 || (high && watch.edge > 0) || (!high && watch.edge < 0);
  }

  private onPinChange(pin: VirtualPin, level: PinLevel): void {
    const high = level === 1;
    const eventMs = this.host.nowMs();
    for (const watch of this.watches.filter((w) => w.pin === pin)) {
      if (watch.debounceMs <= 0) {
        watch.state = high;
        const time = eventMs / 1000;
        if (this.shouldExecute(watch, high)) {
          const fields: WatchCallbackEvent = { state: high, lastTime: watch.lastTime, time, pin: this.host.pinObject(pin) };
          if (watch.dataPin) fields.data = watch.dataPin.level === 1;
          if (!watch.repeat) this.removeWatch(watch);
          this.callbacksRun++;
          this.host.dispatch(watch.callback, [this.host.makeEventObject(fields)]);
        }
        watch.lastTime = time;
      } else if (watch.timeout) {
        watch.timeout.state = high;
        this.timers.reschedule(watch.timeout, eventMs + watch.debounceMs);
      } else if (high !== watch.state) {
        const timeout = this.timers.add(watch.debounceMs, () => this.onDebounceTimeout(watch, timeout), { forWatch: true }) as Watch["timeout"] & TimerEntry;
        timeout.state = high;
        watch.timeout = timeout;
      }
    }
  }

  private onDebounceTimeout(watch: Watch, timeout: NonNullable<Watch["timeout"]>): void {
    if (watch.timeout === timeout) watch.timeout = undefined;
    const settled = timeout.state === true;
    const old = watch.state;
    watch.state = settled;
    if (old === settled) return;
    const time = (this.host.nowMs() - watch.debounceMs) / 1000;
    const lastTime = watch.lastTime;
    watch.lastTime = time;
    if (!this.shouldExecute(watch, settled)) return;
    if (!watch.repeat) this.removeWatch(watch);
    this.callbacksRun++;
    this.host.dispatch(watch.callback, [this.host.makeEventObject({ state: settled, lastTime, time, pin: this.host.pinObject(watch.pin) })]);
  }
}
