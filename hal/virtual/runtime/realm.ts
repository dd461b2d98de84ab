/**
 * Makes values in the board's vm realm. Objects handed to the firmware must come from its own
 * realm (its `instanceof Uint8Array`, `Array.isArray`, Object.prototype event methods), and
 * bytes it hands us come from there too (host `instanceof` fails on them).
 */
import vm from "node:vm";

export interface Realm {
  object(fields?: Record<string, unknown>): Record<string, unknown>;
  array(items?: unknown[]): unknown[];
  uint8Array(bytes: ArrayLike<number>): Uint8Array;
  arrayBuffer(bytes: ArrayLike<number>): ArrayBuffer;
  error(type: "Error" | "TypeError" | "InternalError", message: string): Error;
  /** JSON.parse inside the realm: plain data (objects, arrays) becomes realm data. */
  fromJson(text: string): unknown;
  /** Indirect eval: code runs in the global scope (`var` becomes global). */
  evalGlobal(source: string): unknown;
  /** A function's own source text. */
  functionSource(fn: unknown): string;
}

const HELPERS = `(function (g) {
  var parse = JSON.parse, indirectEval = eval, fnToString = Function.prototype.toString;
  return {
    object: function () { return {}; },
    array: function () { return []; },
    uint8Array: function (n) { return new Uint8Array(n); },
    arrayBuffer: function (n) { return new ArrayBuffer(n); },
    error: function (type, message) {
      var C = type === "TypeError" ? TypeError : (type === "InternalError" && g.InternalError) ? g.InternalError : Error;
      return new C(message);
    },
    fromJson: function (text) { return parse(text); },
    evalGlobal: function (source) { return indirectEval(source); },
    functionSource: function (fn) { return fnToString.call(fn); }
  };
})(globalThis)`;

/** Call on a fresh context, before its built-ins are trimmed. */
export function createRealm(context: vm.Context): Realm {
  const h = vm.runInContext(HELPERS, context) as {
    object(): Record<string, unknown>;
    array(): unknown[];
    uint8Array(n: number): Uint8Array;
    arrayBuffer(n: number): ArrayBuffer;
    error(type: string, message: string): Error;
    fromJson(text: string): unknown;
    evalGlobal(source: string): unknown;
    functionSource(fn: unknown): string;
  };
  return {
    object(fields) {
      const o = h.object();
      if (fields) for (const [k, v] of Object.entries(fields)) if (v !== undefined) o[k] = v;
      return o;
    },
    array(items = []) {
      const a = h.array();
      for (const item of items) a.push(item);
      return a;
    },
    uint8Array(bytes) {
      const u = h.uint8Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) u[i] = bytes[i];
      return u;
    },
    arrayBuffer(bytes) {
      const b = h.arrayBuffer(bytes.length);
      new Uint8Array(b).set(Array.from(bytes));
      return b;
    },
    error: (type, message) => h.error(type, message),
    fromJson: (text) => h.fromJson(text),
    evalGlobal: (source) => h.evalGlobal(source),
    functionSource: (fn) => h.functionSource(fn),
  };
}

/** Bytes of a firmware value: a string's char codes, a typed array/ArrayBuffer, an array of numbers. */
export function bytesOf(value: unknown): Uint8Array {
  if (typeof value === "string") {
    const out = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = value.charCodeAt(i) & 0xff;
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    const view = value as ArrayBufferView & ArrayLike<number>;
    if (view instanceof DataView || Object.prototype.toString.call(view) === "[object DataView]") {
      return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
    }
    return Uint8Array.from(Array.prototype.map.call(view, (n: number) => n & 0xff) as number[]);
  }
  if (Object.prototype.toString.call(value) === "[object ArrayBuffer]") return new Uint8Array(value as ArrayBuffer).slice();
  if (Array.isArray(value)) return Uint8Array.from(value.map((n) => Number(n) & 0xff));
  if (typeof value === "number") return Uint8Array.of(value & 0xff);
  return bytesOf(String(value));
}

/** A string of char codes 0–255. */
export function byteString(bytes: ArrayLike<number>): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] & 0xff);
  return s;
}
