/**
 * Cuts a fresh vm context's ECMAScript built-ins down to what Espruino has, and bends the few
 * that behave differently. Kept lists follow the interpreter's own built-in tables
 * (src/jswrap_*.c) and shared/ESPRUINO.md; anything not listed is deleted, so a method the
 * firmware should not use is `undefined` here as it is on the board.
 *
 * The script is plain ES5 text (not a host function's source) so that the host's TypeScript
 * transform cannot inject helpers into it.
 */
import vm from "node:vm";

export interface IntrinsicsHost {
  /** Virtual time in ms since the epoch, for Date. */
  nowMs(): number;
}

const SCRIPT = String.raw`(function (g, host) {
  var getNames = Object.getOwnPropertyNames;
  var construct = Reflect.construct;
  var defineProperty = Object.defineProperty;
  var arraySlice = Array.prototype.slice;
  var isView = ArrayBuffer.isView;
  var RealDate = Date;
  var stringify = JSON.stringify;
  var parse = JSON.parse;

  function keepOnly(obj, names) {
    getNames(obj).forEach(function (k) {
      if (names.indexOf(k) < 0) delete obj[k];
    });
  }
  function hidden(obj, name, value) {
    defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
  }
  var FN = ["length", "name", "prototype", "arguments", "caller"];

  [
    "Map", "Set", "WeakMap", "WeakSet", "Symbol", "Proxy", "Reflect", "BigInt", "BigInt64Array",
    "BigUint64Array", "WeakRef", "FinalizationRegistry", "SharedArrayBuffer", "Atomics", "Intl",
    "WebAssembly", "AggregateError", "RangeError", "EvalError", "URIError", "encodeURI", "decodeURI",
    "escape", "unescape", "queueMicrotask", "structuredClone", "TextEncoder", "TextDecoder", "URL",
    "URLSearchParams", "fetch", "Iterator", "console", "SuppressedError", "DisposableStack",
    "AsyncDisposableStack", "Float16Array"
  ].forEach(function (k) { delete g[k]; });

  keepOnly(Array, FN.concat(["isArray"]));
  keepOnly(Array.prototype, ["constructor", "length", "toString", "indexOf", "includes", "join", "push",
    "pop", "map", "forEach", "filter", "find", "findIndex", "some", "every", "reduce", "splice", "shift",
    "unshift", "slice", "sort", "concat", "fill", "reverse"]);
  keepOnly(String, FN.concat(["fromCharCode"]));
  keepOnly(String.prototype, ["constructor", "length", "toString", "valueOf", "charAt", "charCodeAt",
    "indexOf", "lastIndexOf", "match", "replace", "replaceAll", "substring", "substr", "slice", "split",
    "toLowerCase", "toUpperCase", "trim", "concat", "startsWith", "endsWith", "includes", "repeat",
    "padStart", "padEnd"]);
  // Number.EPSILON and MAX_SAFE_INTEGER cannot be deleted (non-configurable): replace the constructor.
  var RealNumber = Number;
  var EspruinoNumber = function Number(value) {
    var n = arguments.length === 0 ? 0 : RealNumber(value);
    return this instanceof EspruinoNumber ? new RealNumber(n) : n;
  };
  EspruinoNumber.prototype = RealNumber.prototype;
  hidden(RealNumber.prototype, "constructor", EspruinoNumber);
  ["NaN", "MAX_VALUE", "MIN_VALUE", "NEGATIVE_INFINITY", "POSITIVE_INFINITY"].forEach(function (k) {
    defineProperty(EspruinoNumber, k, { value: RealNumber[k], writable: false, configurable: false, enumerable: false });
  });
  hidden(g, "Number", EspruinoNumber);
  keepOnly(Number.prototype, ["constructor", "toFixed", "toString", "valueOf"]);
  keepOnly(Math, ["E", "PI", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2", "abs", "acos", "asin",
    "atan", "atan2", "cos", "pow", "random", "round", "sin", "tan", "sqrt", "ceil", "floor", "exp", "log",
    "min", "max", "sign"]);
  keepOnly(Promise, FN.concat(["all", "resolve", "reject"]));
  keepOnly(Promise.prototype, ["constructor", "then", "catch"]);
  keepOnly(Function.prototype, FN.concat(["constructor", "call", "apply", "bind", "toString"]));
  keepOnly(ArrayBuffer, FN);
  keepOnly(ArrayBuffer.prototype, ["constructor", "byteLength"]);
  var TypedArray = Object.getPrototypeOf(Uint8Array);
  keepOnly(TypedArray, FN);
  keepOnly(TypedArray.prototype, ["constructor", "buffer", "byteLength", "byteOffset", "length", "set",
    "map", "subarray", "indexOf", "includes", "join", "sort", "forEach", "reduce", "fill", "filter", "find",
    "findIndex", "reverse", "slice", "some", "every", "toString"]);
  // Espruino's typed-array slice returns a plain Array.
  hidden(TypedArray.prototype, "slice", function slice(start, end) {
    return arraySlice.call(this, start, end);
  });
  getNames(DataView.prototype).forEach(function (k) { if (/BigInt|Float16/.test(k)) delete DataView.prototype[k]; });
  delete RegExp.prototype.compile;

  // Errors: no e.name; String(e) is "<Type>: <message>"; InternalError exists.
  function InternalError(message) {
    var e = construct(Error, arguments, InternalError);
    return e;
  }
  InternalError.prototype = Object.create(Error.prototype);
  hidden(InternalError.prototype, "constructor", InternalError);
  hidden(g, "InternalError", InternalError);
  [[Error, "Error"], [TypeError, "TypeError"], [SyntaxError, "SyntaxError"],
   [ReferenceError, "ReferenceError"], [InternalError, "InternalError"]].forEach(function (pair) {
    var type = pair[1];
    delete pair[0].prototype.name;
    hidden(pair[0].prototype, "toString", function toString() {
      var m = this.message;
      return (m === undefined || m === "") ? type : type + ": " + m;
    });
    keepOnly(pair[0], FN);
  });

  // JSON: replacer and reviver are ignored; typed arrays print as arrays.
  function viewsAsArrays(key, value) {
    return (value && typeof value === "object" && isView(value) && !(value instanceof DataView))
      ? arraySlice.call(value) : value;
  }
  hidden(JSON, "stringify", function stringify_(value, replacer, indent) {
    return stringify(value, viewsAsArrays, indent);
  });
  hidden(JSON, "parse", function parse_(text) { return parse(text); });

  // Date runs on the board's clock and, as on Espruino without E.setTimeZone, in UTC.
  function VDate(a, b, c, d, e, f, h) {
    var n = arguments.length;
    if (!(this instanceof VDate)) return new RealDate(host.nowMs()).toString();
    if (n === 0) return new RealDate(host.nowMs());
    if (n === 1) return new RealDate(a);
    return new RealDate(RealDate.UTC(a, b, n > 2 ? c : 1, n > 3 ? d : 0, n > 4 ? e : 0, n > 5 ? f : 0, n > 6 ? h : 0));
  }
  VDate.prototype = RealDate.prototype;
  hidden(RealDate.prototype, "constructor", VDate);
  VDate.now = function now() { return host.nowMs(); };
  VDate.parse = RealDate.parse;
  VDate.UTC = RealDate.UTC;
  ["FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"].forEach(function (p) {
    var proto = RealDate.prototype;
    hidden(proto, "get" + p, proto["getUTC" + p]);
    if (proto["setUTC" + p]) hidden(proto, "set" + p, proto["setUTC" + p]);
  });
  hidden(RealDate.prototype, "getTimezoneOffset", function getTimezoneOffset() { return 0; });
  hidden(RealDate.prototype, "toString", function toString() {
    return this.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (.*) GMT$/, "$1 $3 $2 $4 $5 GMT+0000");
  });
  hidden(g, "Date", VDate);

  keepOnly(Object, FN.concat(["keys", "getOwnPropertyNames", "values", "entries", "fromEntries", "create",
    "getOwnPropertyDescriptor", "getOwnPropertyDescriptors", "defineProperty", "defineProperties",
    "getPrototypeOf", "setPrototypeOf", "assign"]));
  keepOnly(Object.prototype, ["constructor", "valueOf", "toString", "hasOwnProperty", "__proto__"]);

  // Every object is an event emitter; listeners live in hidden "#on<event>" properties.
  function listenersKey(event) { return "#on" + event; }
  function addListener(event, listener, first) {
    var key = listenersKey(event);
    var current = this[key];
    var next = current === undefined ? listener
      : (Array.isArray(current) ? (first ? [listener].concat(current) : current.concat([listener]))
        : (first ? [listener, current] : [current, listener]));
    hidden(this, key, next);
    return this;
  }
  hidden(Object.prototype, "on", function on(event, listener) { return addListener.call(this, event, listener, false); });
  hidden(Object.prototype, "addListener", function addListener_(event, listener) { return addListener.call(this, event, listener, false); });
  hidden(Object.prototype, "prependListener", function prependListener(event, listener) { return addListener.call(this, event, listener, true); });
  hidden(Object.prototype, "emit", function emit(event) {
    var current = this[listenersKey(event)];
    if (current === undefined) return;
    var args = arraySlice.call(arguments, 1);
    var list = Array.isArray(current) ? current.slice() : [current];
    for (var i = 0; i < list.length; i++) list[i].apply(this, args);
  });
  hidden(Object.prototype, "removeListener", function removeListener(event, listener) {
    var key = listenersKey(event);
    var current = this[key];
    if (current === listener) delete this[key];
    else if (Array.isArray(current)) {
      var rest = current.filter(function (l) { return l !== listener; });
      if (rest.length === 0) delete this[key]; else hidden(this, key, rest.length === 1 ? rest[0] : rest);
    }
  });
  hidden(Object.prototype, "removeAllListeners", function removeAllListeners(event) {
    var self = this;
    if (event !== undefined) delete this[listenersKey(event)];
    else getNames(this).forEach(function (k) { if (k.indexOf("#on") === 0) delete self[k]; });
  });

  hidden(g, "global", g);
})`;

const compiled = new vm.Script(SCRIPT, { filename: "espruino-intrinsics.js" });

/** Applies Espruino's set of built-ins to a freshly created context (once per context). */
export function applyEspruinoIntrinsics(context: vm.Context, host: IntrinsicsHost): void {
  const install = compiled.runInContext(context) as (g: unknown, h: IntrinsicsHost) => void;
  install(vm.runInContext("globalThis", context), host);
}
