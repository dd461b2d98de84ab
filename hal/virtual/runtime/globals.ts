/**
 * The Espruino globals (types/espruino/espruino.d.ts and a little more of what the interpreter
 * has), installed into a runtime's context. Semantics from src/jswrap_io.c, jswrap_interactive.c,
 * jswrap_espruino.c, jswrap_process.c, jswrap_spi_i2c.c, jswrap_serial.c.
 */
import vm from "node:vm";
import { HaltSignal } from "./halt";
import { createModules } from "./modules";
import type { PinMode } from "./pins";
import { bytesOf, byteString } from "./realm";
import type { EspruinoRuntime } from "./runtime";
import { TIMER_MAX_INTERVAL_MS, TIMER_MIN_INTERVAL_MS } from "./timers";

const VERSION = "2v29";
const PIN_MODES: readonly PinMode[] = ["input", "input_pullup", "input_pulldown", "output", "opendrain", "af_output", "af_opendrain"];

type Fn = (...args: unknown[]) => unknown;

export function installEspruinoGlobals(rt: EspruinoRuntime): void {
  const { realm, host } = rt;
  const g = rt.global;
  const define = (target: object, name: string | symbol, value: unknown) =>
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  /** A global function: guarded (halted board refuses; host errors become realm errors). */
  const fn = (target: object, name: string, body: Fn) => define(target, name, (...args: unknown[]) => rt.guard(() => body(...args)));

  // ---------------------------------------------------------------- pins
  const Pin = vm.runInContext(
    `(function (resolve) {
      function Pin(value) { return resolve(value); }
      return Pin;
    })`,
    rt.context,
  )((value: unknown) =>
    rt.guard(() => {
      const pin = typeof value === "string" ? host.pins.find(value) : typeof value === "number" ? host.pins.byIndex(value) : undefined;
      // Espruino's `new Pin("bad")` gives undefined; a JS constructor cannot, so refuse loudly.
      if (!pin) throw realm.error("Error", `Invalid pin: ${String(value)} (Espruino's new Pin() would give undefined)`);
      return rt.pinObject(pin);
    }),
  ) as { prototype: object };
  define(g, "Pin", Pin);
  const proto = Pin.prototype;
  const self = (p: unknown) => rt.resolvePin(p);
  define(proto, Symbol.toPrimitive, function (this: unknown, hint: string) {
    const pin = self(this);
    return hint === "number" ? pin.index : pin.name;
  });
  define(proto, "toString", function (this: unknown) {
    return self(this).name;
  });
  define(proto, "toJSON", function (this: unknown) {
    return self(this).name;
  });
  define(proto, "valueOf", function (this: unknown) {
    return self(this).index;
  });
  define(proto, "read", function (this: unknown) {
    return rt.guard(() => self(this).read() === 1);
  });
  define(proto, "set", function (this: unknown) {
    rt.guard(() => self(this).write(1));
  });
  define(proto, "reset", function (this: unknown) {
    rt.guard(() => self(this).write(0));
  });
  define(proto, "write", function (this: unknown, value: unknown) {
    rt.guard(() => self(this).write(value ? 1 : 0));
  });
  define(proto, "toggle", function (this: unknown) {
    return rt.guard(() => {
      const pin = self(this);
      const next = pin.outputLevel ? 0 : 1;
      pin.write(next);
      return next === 1;
    });
  });
  define(proto, "getMode", function (this: unknown) {
    return rt.guard(() => self(this).mode);
  });
  define(proto, "mode", function (this: unknown, mode: unknown) {
    rt.guard(() => setPinMode(self(this), mode));
  });
  for (const pin of host.pins.ordered) define(g, pin.name, rt.pinObject(pin));
  for (const [alias, target] of Object.entries(host.pins.aliasNames)) define(g, alias, rt.pinObject(host.pins.get(target)));
  define(g, "HIGH", 1);
  define(g, "LOW", 0);

  const setPinMode = (pin: ReturnType<typeof self>, mode: unknown) => {
    if (mode === undefined) {
      pin.manualMode = false;
      return;
    }
    if (typeof mode !== "string" || !PIN_MODES.includes(mode as PinMode)) throw realm.error("Error", "Unknown pin mode");
    pin.setMode(mode as PinMode, true);
  };
  const pinList = (value: unknown) => (Array.isArray(value) ? value.map(self) : undefined);

  fn(g, "pinMode", (pin, mode) => setPinMode(self(pin), mode));
  fn(g, "getPinMode", (pin) => self(pin).mode);
  fn(g, "digitalWrite", (pinArg, value) => {
    const list = pinList(pinArg);
    if (!list) return void self(pinArg).write(Number(value) !== 0 && value !== false ? 1 : 0);
    // An array of pins takes an integer, first pin = MSB, written LSB first.
    let bits = Number(value) | 0;
    for (let i = list.length - 1; i >= 0; i--) {
      list[i].write((bits & 1) as 0 | 1);
      bits >>= 1;
    }
  });
  fn(g, "digitalRead", (pinArg) => {
    const list = pinList(pinArg);
    if (!list) return self(pinArg).read();
    return list.reduce((acc, pin) => (acc << 1) | pin.read(), 0);
  });
  fn(g, "digitalPulse", (pinArg, value, times) => {
    const pin = self(pinArg);
    const level = value ? 1 : 0;
    const widths = Array.isArray(times) || ArrayBuffer.isView(times) ? Array.from(times as ArrayLike<number>) : [Number(times)];
    if (widths.some((t) => !(t >= 0))) throw realm.error("Error", "Pulse Time is less than 0 or not a number");
    const state = pulses.get(pin);
    let at = state && state.endMs > host.clock.nowMs ? state.endMs : host.clock.nowMs;
    if (at === host.clock.nowMs) pin.write(level as 0 | 1);
    let current = level;
    for (const width of widths) {
      if (width > 0) {
        at += width;
        const next = (current ? 0 : 1) as 0 | 1;
        host.clock.scheduleAt(at, () => {
          if (!rt.halted) pin.write(next);
        });
      }
      current = current ? 0 : 1;
    }
    pulses.set(pin, { endMs: at });
  });
  const pulses = new Map<ReturnType<typeof self>, { endMs: number }>();
  fn(g, "setWatch", (callback, pinArg, options) => {
    const pin = self(pinArg);
    const aliases = host.pins.aliasNames;
    const isButton = aliases.BTN1 === pin.name;
    return rt.watches.setWatch(callback, pin, options, isButton);
  });
  fn(g, "clearWatch", (...args) => rt.watches.clearWatch(args));
  fn(g, "peek32", (address) => host.peek32(Number(address)));
  fn(g, "poke32", (address, value) => host.poke32(Number(address), Number(value)));

  // ---------------------------------------------------------------- time
  const addTimer = (callback: unknown, ms: unknown, args: unknown[], interval: boolean) => {
    if (typeof callback !== "function" && typeof callback !== "string") throw realm.error("Error", "Function or String not supplied!");
    let period = Number(ms);
    if (!(period >= TIMER_MIN_INTERVAL_MS)) period = TIMER_MIN_INTERVAL_MS;
    if (period > TIMER_MAX_INTERVAL_MS) throw realm.error("Error", "Interval is too long (>100 years)");
    const entry = rt.timers.add(period, () => rt.dispatch(callback, args), interval ? { intervalMs: period } : {});
    rt.registerTimerCallback(entry.id, callback);
    return entry.id;
  };
  const clearTimer = (kind: string, args: unknown[]) => {
    if (args.length === 0) return rt.timers.removeAllButWatches();
    if (args[0] === undefined) throw realm.error("Error", `clear${kind}(undefined) not allowed. Use clear${kind}() instead`);
    const entry = rt.timers.find(Number(args[0]));
    if (entry) rt.timers.remove(entry);
  };
  fn(g, "setTimeout", (callback, ms, ...args) => addTimer(callback, ms, args, false));
  fn(g, "setInterval", (callback, ms, ...args) => addTimer(callback, ms, args, true));
  fn(g, "clearTimeout", (...args) => clearTimer("Timeout", args));
  fn(g, "clearInterval", (...args) => clearTimer("Interval", args));
  fn(g, "changeInterval", (id, ms) => {
    const entry = rt.timers.find(Number(id));
    if (!entry) throw realm.error("Error", "Unknown Interval");
    let period = Number(ms);
    if (!(period >= TIMER_MIN_INTERVAL_MS)) period = TIMER_MIN_INTERVAL_MS;
    entry.intervalMs = period;
    rt.timers.reschedule(entry, host.clock.nowMs + period);
  });
  fn(g, "getTime", () => host.clock.nowMs / 1000);
  fn(g, "setTime", (seconds) => host.clock.shiftTo(Number(seconds) * 1000));

  // ---------------------------------------------------------------- console
  const log = (...args: unknown[]) => rt.print(`${rt.formatLogArgs(args)}\n`);
  const consoleObject = realm.object();
  for (const name of ["log", "debug", "info", "warn", "error"]) fn(consoleObject, name, log);
  define(g, "console", consoleObject);
  fn(g, "print", log);

  // ---------------------------------------------------------------- interpreter control
  fn(g, "reset", (clearFlash) => {
    if (clearFlash) for (const name of [".bootcde", ".bootrst"]) host.storage.erase(name);
    host.requestRestart("reset");
  });
  fn(g, "load", (filename) => host.requestRestart("load", filename === undefined ? undefined : String(filename)));
  fn(g, "btoa", (text) => Buffer.from(bytesOf(text)).toString("base64"));
  fn(g, "atob", (text) => byteString(Buffer.from(String(text), "base64")));
  fn(g, "require", createModules({
    board: host.board,
    realm,
    storage: host.storage,
    flashModule: host.flashModule,
    network: host.network,
    guard: (body) => rt.guard(body),
    dispatch: (cb, args, thisArg) => rt.dispatch(cb, args, thisArg),
  }));

  // ---------------------------------------------------------------- E
  const E = realm.object();
  define(g, "E", E);
  fn(E, "enableWatchdog", (timeout, isAuto) => {
    let seconds = Number(timeout);
    if (!(seconds >= 0)) seconds = 1;
    host.watchdog.enable(seconds, isAuto === undefined || Boolean(isAuto));
  });
  fn(E, "kickWatchdog", () => host.watchdog.kick());
  fn(E, "getErrorFlags", () => realm.array(rt.takeErrorFlags()));
  fn(E, "reboot", () => {
    host.requestReboot("software");
    rt.halt("E.reboot()");
    throw new HaltSignal("E.reboot()");
  });
  fn(E, "setConsole", (device) => {
    rt.consoleDevice = device === null || device === undefined ? null : typeof device === "string" ? device : serialName(device) ?? null;
  });
  fn(E, "getConsole", () => rt.consoleDevice);
  fn(E, "toUint8Array", (...args) => realm.uint8Array(flattenBytes(args)));
  fn(E, "toString", (...args) => byteString(flattenBytes(args)));
  fn(E, "CRC32", (data) => {
    let crc = 0xffffffff;
    for (const byte of bytesOf(data)) {
      crc ^= byte;
      for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return (~crc) >>> 0;
  });
  fn(E, "getTemperature", () => 25);

  // ---------------------------------------------------------------- process
  const processObject = realm.object({ version: VERSION });
  define(g, "process", processObject);
  define(processObject, "env", realm.object({ VERSION, BOARD: host.board.espruinoBoard, CONSOLE: rt.consoleDevice ?? undefined }));
  fn(processObject, "memory", () => {
    const m = rt.memoryUsage();
    return realm.object({
      free: m.free,
      usage: m.usage,
      total: m.total,
      history: 0,
      gc: 0,
      gctime: 0,
      blocksize: host.board.espruinoBoard === "ESP32" ? 16 : 12,
    });
  });

  // ---------------------------------------------------------------- buses
  for (const [name, bus] of Object.entries(host.buses.spi)) {
    const spi = realm.object();
    define(g, name, spi);
    fn(spi, "setup", (options) => {
      bus.setupOptions = { ...(options as object) };
    });
    const transfer = (data: unknown, nss: unknown) => {
      const csPin = nss === undefined ? undefined : self(nss);
      if (csPin) csPin.write(0);
      const miso = bus.transfer(bytesOf(data));
      if (csPin) csPin.write(1);
      return miso;
    };
    fn(spi, "send", (data, nss) => {
      const miso = transfer(data, nss);
      if (typeof data === "string") return byteString(miso);
      if (typeof data === "number") return miso[0];
      if (Array.isArray(data)) return realm.array(Array.from(miso));
      return realm.uint8Array(miso);
    });
    fn(spi, "write", (...args) => {
      let nss: unknown;
      if (args.length > 1 && args[args.length - 1] && typeof args[args.length - 1] === "object" && !Array.isArray(args[args.length - 1]) && !ArrayBuffer.isView(args[args.length - 1])) {
        nss = args.pop();
      }
      transfer(flattenBytes(args), nss);
    });
  }
  for (const [name, bus] of Object.entries(host.buses.i2c)) {
    const i2c = realm.object();
    define(g, name, i2c);
    fn(i2c, "setup", (options) => {
      bus.setupOptions = { ...(options as object) };
    });
    const deviceAt = (address: unknown) => {
      const a = address && typeof address === "object" ? Number((address as { address?: unknown }).address) : Number(address);
      const device = bus.device(a);
      if (!device) throw realm.error("Error", "I2C device not responding");
      return device;
    };
    fn(i2c, "writeTo", (address, ...data) => deviceAt(address).write(flattenBytes(data)));
    fn(i2c, "readFrom", (address, quantity) => realm.uint8Array(deviceAt(address).read(Number(quantity))));
  }
  for (const [name, port] of Object.entries(host.buses.serial)) {
    const serial = realm.object();
    define(g, name, serial);
    serialObjects.set(serial, name);
    fn(serial, "setup", (baud) => {
      port.baud = Number(baud);
    });
    fn(serial, "write", (...args) => port.write(byteString(flattenBytes(args))));
    fn(serial, "print", (text) => port.write(String(text)));
    fn(serial, "println", (text) => port.write(`${String(text)}\r\n`));
    fn(serial, "setConsole", () => {
      rt.consoleDevice = name;
    });
    fn(serial, "isConnected", () => true);
    port.receiver = (data) => {
      if (rt.consoleDevice === name) return; // the REPL consumes console input
      const listeners = (serial as Record<string, unknown>)["#ondata"];
      if (listeners !== undefined) rt.dispatch(listeners, [data], serial);
    };
  }
  function serialName(device: unknown): string | undefined {
    return device && typeof device === "object" ? serialObjects.get(device) : undefined;
  }

  /** Espruino's iterate-callback flattening (E.toUint8Array, I2C writeTo, Serial write). */
  function flattenBytes(args: unknown[]): Uint8Array {
    const out: number[] = [];
    const add = (value: unknown): void => {
      if (typeof value === "number" || typeof value === "boolean") out.push(Number(value) & 0xff);
      else if (typeof value === "string") for (let i = 0; i < value.length; i++) out.push(value.charCodeAt(i) & 0xff);
      else if (Array.isArray(value)) value.forEach(add);
      else if (value && (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]")) out.push(...bytesOf(value));
      else if (value && typeof value === "object") {
        const o = value as { data?: unknown; count?: unknown; callback?: unknown };
        if (typeof o.callback === "function") add((o.callback as Fn)());
        else if (o.data !== undefined) for (let i = 0; i < Number(o.count ?? 1); i++) add(o.data);
      }
    };
    args.forEach(add);
    return Uint8Array.from(out);
  }
}

const serialObjects = new WeakMap<object, string>();

