/**
 * The ECMAScript standard library as the Espruino interpreter really has it (shared/ESPRUINO.md,
 * measured on 2v29, cross-checked with the interpreter's jswrap_*.c). The firmware compiles with
 * `noLib`, so this file IS its standard library: anything Espruino lacks or runs differently is
 * simply not declared, and using it is a `tsc` error naming file and line.
 *
 * Deliberately absent (each measured missing or wrong on Espruino):
 * - Map, Set, WeakMap, WeakSet, Proxy, Reflect, BigInt, queueMicrotask, RangeError, EvalError, URIError;
 * - X.prototype on built-in constructors (Array.prototype.slice is undefined there) — except
 *   Object.prototype.hasOwnProperty, which works;
 * - Error#name, Function#name, arguments.length (it is max(declared, passed) there);
 * - Array.from/of, Array#lastIndexOf/reduceRight/flat/flatMap/entries/keys/values; writing arr.length;
 * - String#trimStart/trimEnd/localeCompare/search/normalize/at/codePointAt, String.raw;
 * - Object.freeze/is; Number.isInteger/isNaN/isFinite/parseInt/parseFloat/EPSILON/MAX_SAFE_INTEGER;
 * - Math.imul/clz32/trunc/log2/log10/hypot/cbrt/fround; Promise.race/allSettled/any, Promise#finally;
 * - JSON replacer, reviver and indentation (silently ignored); Date.UTC and the setUTC* setters;
 * - Uint8Array.from/of, ArrayBuffer#slice, ArrayBuffer.isView. Typed-array slice and filter return a
 *   plain Array on Espruino, so they are typed as number[].
 *
 * `Symbol` is declared only because TypeScript needs `Symbol.iterator` to type `for…of`; it is
 * neither callable nor constructible here, and the build gate refuses any use of it.
 * Espruino's own APIs (console, E, pins, timers, require) are in espruino.d.ts.
 */

// ---------------------------------------------------------------------------------------------
// What the compiler itself needs

type PropertyKey = string | number | symbol;

interface SymbolConstructor {
  /** Type-level only: lets `for…of` type-check. Never use Symbol in firmware code. */
  readonly iterator: unique symbol;
  /** Type-level only: keeps ArrayBuffer and the typed arrays from being interchangeable. */
  readonly toStringTag: unique symbol;
}
declare var Symbol: SymbolConstructor;

interface IteratorYieldResult<T> {
  done?: false;
  value: T;
}
interface IteratorReturnResult<T> {
  done: true;
  value: T;
}
// TypeScript looks these up by name AND arity (3 type parameters); with another arity for…of silently degrades.
type IteratorResult<T, TReturn = any> = IteratorYieldResult<T> | IteratorReturnResult<TReturn>;
interface Iterator<T, TReturn = any, TNext = any> {
  next(...value: [] | [TNext]): IteratorResult<T, TReturn>;
}
interface Iterable<T, TReturn = any, TNext = any> {
  [Symbol.iterator](): Iterator<T, TReturn, TNext>;
}
interface IterableIterator<T, TReturn = any, TNext = any> extends Iterator<T, TReturn, TNext> {
  [Symbol.iterator](): IterableIterator<T, TReturn, TNext>;
}

interface IArguments {
  // No `length`: on Espruino it is max(declared, passed), unlike Node.
  [index: number]: any;
}

interface TemplateStringsArray extends ReadonlyArray<string> {
  readonly raw: readonly string[];
}

/** Marker for the type of `this` in object literals (used by TypeScript itself). */
interface ThisType<T> {}

interface PropertyDescriptor {
  configurable?: boolean;
  enumerable?: boolean;
  value?: any;
  writable?: boolean;
  get?(): any;
  set?(v: any): void;
}

// ---------------------------------------------------------------------------------------------
// Utility types

type Partial<T> = { [K in keyof T]?: T[K] };
type Required<T> = { [K in keyof T]-?: T[K] };
type Readonly<T> = { readonly [K in keyof T]: T[K] };
type Pick<T, K extends keyof T> = { [P in K]: T[P] };
type Record<K extends keyof any, V> = { [P in K]: V };
type Exclude<T, U> = T extends U ? never : T;
type Extract<T, U> = T extends U ? T : never;
type Omit<T, K extends keyof any> = Pick<T, Exclude<keyof T, K>>;
type NonNullable<T> = T & {};
type Parameters<F extends (...args: any) => any> = F extends (...args: infer P) => any ? P : never;
type ConstructorParameters<C extends abstract new (...args: any) => any> = C extends abstract new (...args: infer P) => any ? P : never;
type ReturnType<F extends (...args: any) => any> = F extends (...args: any) => infer R ? R : any;
type InstanceType<C extends abstract new (...args: any) => any> = C extends abstract new (...args: any) => infer R ? R : any;
type ThisParameterType<F> = F extends (this: infer U, ...args: never) => any ? U : unknown;
type OmitThisParameter<F> = unknown extends ThisParameterType<F> ? F : F extends (...args: infer A) => infer R ? (...args: A) => R : F;
type Awaited<T> = T extends null | undefined ? T : T extends PromiseLike<infer U> ? Awaited<U> : T;
type Uppercase<S extends string> = intrinsic;
type Lowercase<S extends string> = intrinsic;
type Capitalize<S extends string> = intrinsic;
type Uncapitalize<S extends string> = intrinsic;
type NoInfer<T> = intrinsic;

// ---------------------------------------------------------------------------------------------
// Object, Function

interface Object {
  constructor: Function;
  toString(): string;
  valueOf(): Object;
  hasOwnProperty(key: PropertyKey): boolean;
}

/** The one built-in reachable through X.prototype on Espruino: `Object.prototype.hasOwnProperty.call(o, k)`. */
interface ObjectPrototypeOnEspruino {
  readonly hasOwnProperty: (this: unknown, key: PropertyKey) => boolean;
}

interface ObjectConstructor {
  new (value?: any): Object;
  (value?: any): any;
  readonly prototype: ObjectPrototypeOnEspruino;
  assign<T extends {}, U>(target: T, source: U): T & U;
  assign<T extends {}, U, V>(target: T, source1: U, source2: V): T & U & V;
  assign<T extends {}, U, V, W>(target: T, source1: U, source2: V, source3: W): T & U & V & W;
  keys(o: object): string[];
  values<T>(o: { [key: string]: T } | ArrayLike<T>): T[];
  values(o: {}): any[];
  entries<T>(o: { [key: string]: T } | ArrayLike<T>): [string, T][];
  entries(o: {}): [string, any][];
  fromEntries<T = any>(entries: ReadonlyArray<readonly [PropertyKey, T]>): { [key: string]: T };
  create(proto: object | null): any;
  getPrototypeOf(o: any): any;
  setPrototypeOf<T>(o: T, proto: object | null): T;
  defineProperty<T>(o: T, key: PropertyKey, attributes: PropertyDescriptor & ThisType<any>): T;
}
declare var Object: ObjectConstructor;

interface Function {
  apply(this: Function, thisArg: any, args?: any): any;
  call(this: Function, thisArg: any, ...args: any[]): any;
  bind(this: Function, thisArg: any, ...args: any[]): any;
  toString(): string;
}

/** call/apply/bind as TypeScript checks them on ordinary functions (strictBindCallApply). */
interface CallableFunction extends Function {
  apply<T, R>(this: (this: T) => R, thisArg: T): R;
  apply<T, A extends any[], R>(this: (this: T, ...args: A) => R, thisArg: T, args: A): R;
  call<T, A extends any[], R>(this: (this: T, ...args: A) => R, thisArg: T, ...args: A): R;
  bind<T>(this: T, thisArg: ThisParameterType<T>): OmitThisParameter<T>;
  bind<T, A extends any[], B extends any[], R>(this: (this: T, ...args: [...A, ...B]) => R, thisArg: T, ...args: A): (...args: B) => R;
}

interface NewableFunction extends Function {
  apply<T>(this: new () => T, thisArg: T): void;
  apply<T, A extends any[]>(this: new (...args: A) => T, thisArg: T, args: A): void;
  call<T, A extends any[]>(this: new (...args: A) => T, thisArg: T, ...args: A): void;
  bind<T>(this: T, thisArg: any): T;
}

interface FunctionConstructor {
  new (...source: string[]): Function;
  (...source: string[]): Function;
}
declare var Function: FunctionConstructor;

// ---------------------------------------------------------------------------------------------
// Primitives' wrappers

interface Boolean {
  valueOf(): boolean;
}
interface BooleanConstructor {
  new (value?: unknown): Boolean;
  <T>(value?: T): boolean;
}
declare var Boolean: BooleanConstructor;

interface Number {
  toFixed(digits?: number): string;
  toString(radix?: number): string;
  valueOf(): number;
}
interface NumberConstructor {
  new (value?: any): Number;
  (value?: any): number;
  readonly MAX_VALUE: number;
  readonly MIN_VALUE: number;
  readonly NaN: number;
  readonly NEGATIVE_INFINITY: number;
  readonly POSITIVE_INFINITY: number;
}
declare var Number: NumberConstructor;

interface String {
  readonly length: number;
  readonly [index: number]: string;
  charAt(pos: number): string;
  charCodeAt(index: number): number;
  concat(...strings: string[]): string;
  endsWith(search: string, endPosition?: number): boolean;
  includes(search: string, position?: number): boolean;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  match(pattern: string | RegExp): RegExpMatchArray | null;
  padEnd(maxLength: number, fill?: string): string;
  padStart(maxLength: number, fill?: string): string;
  repeat(count: number): string;
  replace(search: string | RegExp, replacement: string | ((match: string, ...groups: any[]) => string)): string;
  replaceAll(search: string | RegExp, replacement: string | ((match: string, ...groups: any[]) => string)): string;
  slice(start?: number, end?: number): string;
  split(separator: string | RegExp, limit?: number): string[];
  startsWith(search: string, position?: number): boolean;
  substr(from: number, length?: number): string;
  substring(start: number, end?: number): string;
  toLowerCase(): string;
  toUpperCase(): string;
  trim(): string;
  toString(): string;
  valueOf(): string;
  [Symbol.iterator](): IterableIterator<string>;
}
interface StringConstructor {
  new (value?: any): String;
  (value?: any): string;
  fromCharCode(...codes: number[]): string;
}
declare var String: StringConstructor;

// ---------------------------------------------------------------------------------------------
// RegExp — only g and i flags, no {n,m}, \b, (?:), lookaround, backreferences (the gate checks literals).

interface RegExpMatchArray extends Array<string> {
  index?: number;
  input?: string;
}
interface RegExpExecArray extends Array<string> {
  index: number;
  input: string;
}
interface RegExp {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  lastIndex: number;
}
interface RegExpConstructor {
  new (pattern: string | RegExp, flags?: string): RegExp;
  (pattern: string | RegExp, flags?: string): RegExp;
}
declare var RegExp: RegExpConstructor;

// ---------------------------------------------------------------------------------------------
// Errors — `message` only (e.name is undefined on Espruino); `class … extends Error` fails there.

interface Error {
  message: string;
  toString(): string;
}
interface ErrorConstructor {
  new (message?: string): Error;
  (message?: string): Error;
}
declare var Error: ErrorConstructor;

interface TypeError extends Error {}
declare var TypeError: { new (message?: string): TypeError; (message?: string): TypeError };
interface SyntaxError extends Error {}
declare var SyntaxError: { new (message?: string): SyntaxError; (message?: string): SyntaxError };
interface ReferenceError extends Error {}
declare var ReferenceError: { new (message?: string): ReferenceError; (message?: string): ReferenceError };
/** Espruino's own: raised e.g. by a refused socket ("Unable to create socket"). */
interface InternalError extends Error {}
declare var InternalError: { new (message?: string): InternalError; (message?: string): InternalError };

// ---------------------------------------------------------------------------------------------
// Arrays

interface ArrayLike<T> {
  readonly length: number;
  readonly [index: number]: T;
}

interface ConcatArray<T> {
  readonly length: number;
  readonly [index: number]: T;
  join(separator?: string): string;
  slice(start?: number, end?: number): T[];
}

interface ReadonlyArray<T> {
  readonly length: number;
  readonly [index: number]: T;
  concat(...items: (T | ConcatArray<T>)[]): T[];
  every<S extends T>(predicate: (value: T, index: number, array: readonly T[]) => value is S, thisArg?: any): this is readonly S[];
  every(predicate: (value: T, index: number, array: readonly T[]) => unknown, thisArg?: any): boolean;
  filter<S extends T>(predicate: (value: T, index: number, array: readonly T[]) => value is S, thisArg?: any): S[];
  filter(predicate: (value: T, index: number, array: readonly T[]) => unknown, thisArg?: any): T[];
  find<S extends T>(predicate: (value: T, index: number, array: readonly T[]) => value is S, thisArg?: any): S | undefined;
  find(predicate: (value: T, index: number, array: readonly T[]) => unknown, thisArg?: any): T | undefined;
  findIndex(predicate: (value: T, index: number, array: readonly T[]) => unknown, thisArg?: any): number;
  forEach(callback: (value: T, index: number, array: readonly T[]) => void, thisArg?: any): void;
  includes(value: T, fromIndex?: number): boolean;
  indexOf(value: T, fromIndex?: number): number;
  join(separator?: string): string;
  map<U>(callback: (value: T, index: number, array: readonly T[]) => U, thisArg?: any): U[];
  reduce(callback: (previous: T, current: T, index: number, array: readonly T[]) => T): T;
  reduce(callback: (previous: T, current: T, index: number, array: readonly T[]) => T, initial: T): T;
  reduce<U>(callback: (previous: U, current: T, index: number, array: readonly T[]) => U, initial: U): U;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: readonly T[]) => unknown, thisArg?: any): boolean;
  toString(): string;
  [Symbol.iterator](): IterableIterator<T>;
}

interface Array<T> {
  /** Read-only: assigning `arr.length = n` throws on Espruino; use splice. */
  readonly length: number;
  [index: number]: T;
  concat(...items: (T | ConcatArray<T>)[]): T[];
  every<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S, thisArg?: any): this is S[];
  every(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: any): boolean;
  fill(value: T, start?: number, end?: number): this;
  filter<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S, thisArg?: any): S[];
  filter(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: any): T[];
  find<S extends T>(predicate: (value: T, index: number, array: T[]) => value is S, thisArg?: any): S | undefined;
  find(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: any): T | undefined;
  findIndex(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: any): number;
  forEach(callback: (value: T, index: number, array: T[]) => void, thisArg?: any): void;
  includes(value: T, fromIndex?: number): boolean;
  indexOf(value: T, fromIndex?: number): number;
  join(separator?: string): string;
  map<U>(callback: (value: T, index: number, array: T[]) => U, thisArg?: any): U[];
  pop(): T | undefined;
  push(...items: T[]): number;
  reduce(callback: (previous: T, current: T, index: number, array: T[]) => T): T;
  reduce(callback: (previous: T, current: T, index: number, array: T[]) => T, initial: T): T;
  reduce<U>(callback: (previous: U, current: T, index: number, array: T[]) => U, initial: U): U;
  reverse(): T[];
  shift(): T | undefined;
  slice(start?: number, end?: number): T[];
  some(predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: any): boolean;
  /** Not stable on Espruino: equal elements may be reordered. */
  sort(compare?: (a: T, b: T) => number): this;
  splice(start: number, deleteCount?: number, ...items: T[]): T[];
  toString(): string;
  unshift(...items: T[]): number;
  [Symbol.iterator](): IterableIterator<T>;
}
interface ArrayConstructor {
  new <T = any>(length?: number): T[];
  new <T>(...items: T[]): T[];
  <T = any>(length?: number): T[];
  <T>(...items: T[]): T[];
  isArray(value: any): value is any[];
}
declare var Array: ArrayConstructor;

// ---------------------------------------------------------------------------------------------
// Binary data

interface ArrayBuffer {
  readonly byteLength: number;
  readonly [Symbol.toStringTag]: "ArrayBuffer";
}
interface ArrayBufferConstructor {
  new (byteLength: number): ArrayBuffer;
}
declare var ArrayBuffer: ArrayBufferConstructor;
type ArrayBufferLike = ArrayBuffer;

interface ArrayBufferView {
  readonly buffer: ArrayBuffer;
  readonly byteLength: number;
  readonly byteOffset: number;
}

/** What every typed array has on Espruino (ArrayBufferView in the interpreter). */
interface TypedArrayOnEspruino<Self> extends ArrayBufferView {
  readonly length: number;
  [index: number]: number;
  every(predicate: (value: number, index: number, array: Self) => unknown, thisArg?: any): boolean;
  fill(value: number, start?: number, end?: number): Self;
  /** Returns a plain Array on Espruino. */
  filter(predicate: (value: number, index: number, array: Self) => unknown, thisArg?: any): number[];
  find(predicate: (value: number, index: number, array: Self) => unknown, thisArg?: any): number | undefined;
  findIndex(predicate: (value: number, index: number, array: Self) => unknown, thisArg?: any): number;
  forEach(callback: (value: number, index: number, array: Self) => void, thisArg?: any): void;
  includes(value: number, fromIndex?: number): boolean;
  indexOf(value: number, fromIndex?: number): number;
  join(separator?: string): string;
  map(callback: (value: number, index: number, array: Self) => number, thisArg?: any): Self;
  reduce(callback: (previous: number, current: number, index: number, array: Self) => number): number;
  reduce(callback: (previous: number, current: number, index: number, array: Self) => number, initial: number): number;
  reduce<U>(callback: (previous: U, current: number, index: number, array: Self) => U, initial: U): U;
  reverse(): Self;
  set(source: ArrayLike<number>, offset?: number): void;
  /** Returns a plain Array on Espruino (not a typed array as in Node): copy with `new Uint8Array(x.subarray(a, b))` when you need bytes. */
  slice(start?: number, end?: number): number[];
  some(predicate: (value: number, index: number, array: Self) => unknown, thisArg?: any): boolean;
  sort(compare?: (a: number, b: number) => number): Self;
  subarray(begin?: number, end?: number): Self;
  [Symbol.iterator](): IterableIterator<number>;
}

interface TypedArrayConstructorOnEspruino<Self> {
  new (length: number): Self;
  new (source: ArrayLike<number> | ArrayBuffer): Self;
  new (buffer: ArrayBuffer, byteOffset?: number, length?: number): Self;
}

interface Int8Array extends TypedArrayOnEspruino<Int8Array> {
  readonly [Symbol.toStringTag]: "Int8Array";
}
declare var Int8Array: TypedArrayConstructorOnEspruino<Int8Array>;
interface Uint8Array extends TypedArrayOnEspruino<Uint8Array> {
  readonly [Symbol.toStringTag]: "Uint8Array";
}
declare var Uint8Array: TypedArrayConstructorOnEspruino<Uint8Array>;
interface Uint8ClampedArray extends TypedArrayOnEspruino<Uint8ClampedArray> {
  readonly [Symbol.toStringTag]: "Uint8ClampedArray";
}
declare var Uint8ClampedArray: TypedArrayConstructorOnEspruino<Uint8ClampedArray>;
interface Int16Array extends TypedArrayOnEspruino<Int16Array> {
  readonly [Symbol.toStringTag]: "Int16Array";
}
declare var Int16Array: TypedArrayConstructorOnEspruino<Int16Array>;
interface Uint16Array extends TypedArrayOnEspruino<Uint16Array> {
  readonly [Symbol.toStringTag]: "Uint16Array";
}
declare var Uint16Array: TypedArrayConstructorOnEspruino<Uint16Array>;
interface Int32Array extends TypedArrayOnEspruino<Int32Array> {
  readonly [Symbol.toStringTag]: "Int32Array";
}
declare var Int32Array: TypedArrayConstructorOnEspruino<Int32Array>;
interface Uint32Array extends TypedArrayOnEspruino<Uint32Array> {
  readonly [Symbol.toStringTag]: "Uint32Array";
}
declare var Uint32Array: TypedArrayConstructorOnEspruino<Uint32Array>;
interface Float32Array extends TypedArrayOnEspruino<Float32Array> {
  readonly [Symbol.toStringTag]: "Float32Array";
}
declare var Float32Array: TypedArrayConstructorOnEspruino<Float32Array>;
interface Float64Array extends TypedArrayOnEspruino<Float64Array> {
  readonly [Symbol.toStringTag]: "Float64Array";
}
declare var Float64Array: TypedArrayConstructorOnEspruino<Float64Array>;

interface DataView {
  getInt8(byteOffset: number): number;
  getUint8(byteOffset: number): number;
  getInt16(byteOffset: number, littleEndian?: boolean): number;
  getUint16(byteOffset: number, littleEndian?: boolean): number;
  getInt32(byteOffset: number, littleEndian?: boolean): number;
  getUint32(byteOffset: number, littleEndian?: boolean): number;
  getFloat32(byteOffset: number, littleEndian?: boolean): number;
  getFloat64(byteOffset: number, littleEndian?: boolean): number;
  setInt8(byteOffset: number, value: number): void;
  setUint8(byteOffset: number, value: number): void;
  setInt16(byteOffset: number, value: number, littleEndian?: boolean): void;
  setUint16(byteOffset: number, value: number, littleEndian?: boolean): void;
  setInt32(byteOffset: number, value: number, littleEndian?: boolean): void;
  setUint32(byteOffset: number, value: number, littleEndian?: boolean): void;
  setFloat32(byteOffset: number, value: number, littleEndian?: boolean): void;
  setFloat64(byteOffset: number, value: number, littleEndian?: boolean): void;
  readonly [Symbol.toStringTag]: "DataView";
}
declare var DataView: { new (buffer: ArrayBuffer, byteOffset?: number, byteLength?: number): DataView };

// ---------------------------------------------------------------------------------------------
// JSON, Math, Date, Promise, globals

interface JSON {
  /** No replacer or indentation: Espruino silently ignores them. A Uint8Array becomes [1,2]. */
  stringify(value: any): string;
  /** No reviver: Espruino silently ignores it. */
  parse(text: string): any;
}
declare var JSON: JSON;

interface Math {
  readonly E: number;
  readonly LN10: number;
  readonly LN2: number;
  readonly LOG10E: number;
  readonly LOG2E: number;
  readonly PI: number;
  readonly SQRT1_2: number;
  readonly SQRT2: number;
  abs(x: number): number;
  acos(x: number): number;
  asin(x: number): number;
  atan(x: number): number;
  atan2(y: number, x: number): number;
  ceil(x: number): number;
  cos(x: number): number;
  exp(x: number): number;
  floor(x: number): number;
  log(x: number): number;
  max(...values: number[]): number;
  min(...values: number[]): number;
  pow(x: number, y: number): number;
  random(): number;
  round(x: number): number;
  sign(x: number): number;
  sin(x: number): number;
  sqrt(x: number): number;
  tan(x: number): number;
}
declare var Math: Math;

interface Date {
  getTime(): number;
  valueOf(): number;
  getTimezoneOffset(): number;
  getFullYear(): number;
  getMonth(): number;
  getDate(): number;
  getDay(): number;
  getHours(): number;
  getMinutes(): number;
  getSeconds(): number;
  getMilliseconds(): number;
  getUTCFullYear(): number;
  getUTCMonth(): number;
  getUTCDate(): number;
  getUTCDay(): number;
  getUTCHours(): number;
  getUTCMinutes(): number;
  getUTCSeconds(): number;
  getUTCMilliseconds(): number;
  setTime(time: number): number;
  setFullYear(year: number): number;
  setMonth(month: number): number;
  setDate(date: number): number;
  setHours(hours: number): number;
  setMinutes(minutes: number): number;
  setSeconds(seconds: number): number;
  setMilliseconds(ms: number): number;
  toISOString(): string;
  toJSON(): string;
  toString(): string;
  toUTCString(): string;
}
interface DateConstructor {
  new (): Date;
  new (value: number | string): Date;
  new (year: number, monthIndex: number, date?: number, hours?: number, minutes?: number, seconds?: number, ms?: number): Date;
  now(): number;
  parse(text: string): number;
}
declare var Date: DateConstructor;

interface PromiseLike<T> {
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2>;
}
/** Callbacks run before timers on Espruino. No finally(). */
interface Promise<T> {
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>;
  catch<R = never>(onRejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R>;
}
interface PromiseConstructor {
  new <T>(executor: (resolve: (value: T | PromiseLike<T>) => void, reject: (reason?: any) => void) => void): Promise<T>;
  all<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>;
  resolve(): Promise<void>;
  resolve<T>(value: T): Promise<Awaited<T>>;
  reject<T = never>(reason?: any): Promise<T>;
}
declare var Promise: PromiseConstructor;

declare var NaN: number;
declare var Infinity: number;
declare function parseInt(text: string, radix?: number): number;
declare function parseFloat(text: string): number;
declare function isNaN(value: number): boolean;
declare function isFinite(value: number): boolean;
declare function encodeURIComponent(text: string | number | boolean): string;
declare function decodeURIComponent(text: string): string;
