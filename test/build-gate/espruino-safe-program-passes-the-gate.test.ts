import { expect } from "chai";
import * as esbuild from "esbuild";
import { describe, it } from "mocha";
import { checkBundle } from "../../scripts/build/gate";
import { formatAll, program, sourceViolations } from "./gate-helpers";

/** Everything ESPRUINO.md says works, written the way firmware code is: the gate must stay silent. */
const SAFE = program(
  "import type { BoardDefinition } from '../hal/board';",
  "export interface Lock { open(): void; readonly name: string }",
  "type Handler<T> = (value: T) => void;",
  "enum Level { Low, High }",
  "const enum Bit { A = 1, B = 2 }",
  "const LIMIT = 3;",
  "function sum(values: readonly number[]): number {",
  "  let total = 0;",
  "  for (const v of values) total += v;",
  "  for (const ch of 'abc') total += ch.length;",
  "  for (const k in { a: 1 }) total += k.length;",
  "  return total;",
  "}",
  "class Base<T> {",
  "  protected items: T[] = [];",
  "  declare tag: string;",
  "  count!: number;",
  "  static instances = 0;",
  "  constructor(private readonly label: string) { Base.instances++; }",
  "  get size(): number { return this.items.length; }",
  "  set size(n: number) { this.items.splice(n); }",
  "  static create(): Base<number> { return new Base<number>('x'); }",
  "}",
  "class Derived extends Base<string> {",
  "  constructor() { super('derived'); }",
  "  describe(): string { return `${this.size} items of ${LIMIT}`; }",
  "}",
  "function hasKey(o: object, k: string): boolean { return Object.prototype.hasOwnProperty.call(o, k); }",
  "function argsToArray(): unknown[] { return [].slice.call(arguments); }",
  "export function run(board: BoardDefinition, handler?: Handler<number>): number {",
  "  const maybe = (board as unknown as { extra?: number }).extra;",
  "  const value = maybe ?? 3;",
  "  const x = 1, y = 2;",
  "  const point = { x, y, twice() { return this.x * 2; } };",
  "  { let inner = value + point.twice(); inner++; }",
  "  var i: number;",
  "  const callbacks: Array<() => number> = [];",
  "  for (i = 0; i < 3; i++) callbacks.push(() => i);",
  "  for (let j = 0; j < 3; j++) sum([j]);",
  "  const ok = /^\\d+[a-z]*$/i.test('12ab') && /cat|dog/.test('dog');",
  "  const d = new Derived();",
  "  if (handler) handler!(Level.High + Bit.B);",
  "  try { JSON.parse('{'); } catch (e) { String(e); }",
  "  const p = new Promise<number>((resolve) => resolve(1)).then((n) => n + 1);",
  "  setTimeout(() => later(p), 10);",
  "  const bytes = new Uint8Array(4); bytes.set([1, 2]); bytes.subarray(1).fill(0);",
  "  const merged = Object.assign({}, point, { z: 3 });",
  "  return d.describe().length + (ok ? 1 : 0) + (hasKey(board, 'pins') ? 1 : 0) + argsToArray().length + merged.z + Math.pow(2, 3);",
  "}",
  "function later(p: Promise<number>): void { p.then((n) => n).catch(() => 0); }",
);

describe("build gate: an Espruino-safe program", () => {
  it("passes the source gate with zero violations", () => {
    const violations = sourceViolations(SAFE);
    expect(violations, formatAll(violations)).to.deep.equal([]);
  });

  it("passes the bundle gate once esbuild has compiled it as the build does (an entry without exports), minified or not", async () => {
    for (const minify of [false, true]) {
      const code = await bundle(SAFE.replace(/^export /gm, "") + "\nrun({} as BoardDefinition);\n", minify);
      const violations = checkBundle(code, "safe.js");
      expect(violations, formatAll(violations)).to.deep.equal([]);
    }
  });

  it("still refuses what esbuild itself adds: the CommonJS export helper's getters capture a loop-head let", async () => {
    const code = await bundle("export const a = 1;\nexport const b = 2;\n", false);
    const violations = checkBundle(code, "exports.js");
    expect(violations.map((v) => v.rule)).to.include("loop-closure-capture");
  });
});

/** Bundles like scripts/build.ts: cjs, es2019, class fields dropped when uninitialized. */
async function bundle(contents: string, minify: boolean): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, loader: "ts", sourcefile: "safe.ts" },
    bundle: true,
    write: false,
    format: "cjs",
    platform: "neutral",
    target: "es2019",
    minify,
    external: ["../hal/board"],
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
