import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "mocha";

const ES_DECLARATIONS = resolve("types/espruino/es.d.ts");
const TSC = resolve("node_modules/.bin/tsc");

/** Each line of bad.ts uses one thing Espruino lacks; tsc must report an error on exactly that line. */
const BAD: Array<[string, string]> = [
  ["Map", "new Map<string, number>();"],
  ["Set", "new Set<number>();"],
  ["Symbol", "Symbol('x');"],
  ["Array.from", "Array.from([1]);"],
  ["Math.imul", "Math.imul(1, 2);"],
  ["Number.isInteger", "Number.isInteger(1);"],
  ["Uint8Array.from", "Uint8Array.from([1]);"],
  ["Array#lastIndexOf", "arr.lastIndexOf(1);"],
  ["ArrayBuffer#slice", "buf.slice(0);"],
  ["Array.prototype.slice", "Array.prototype.slice.call(arr);"],
  ["Error#name", "err.name;"],
  ["arr.length = 0", "arr.length = 0;"],
  ["JSON.stringify indentation", "JSON.stringify(value, null, 2);"],
  ["Object.freeze", "Object.freeze(arr);"],
  ["RangeError", "new RangeError('r');"],
  ["Promise#finally", "Promise.resolve(1).finally(() => 0);"],
  ["String#trimStart", "'a'.trimStart();"],
  ["Function#name", "(function f() {}).name;"],
];
const BAD_PRELUDE = "declare const arr: number[]; declare const buf: ArrayBuffer; declare const err: Error; declare const value: unknown;";

const GOOD = [
  "const xs: number[] = [3, 1, 2];",
  "for (const x of xs) xs.indexOf(x);",
  "const bytes = new Uint8Array(4); bytes.set([1, 2], 1);",
  "for (const b of bytes) b.toFixed(1);",
  "const plain: number[] = bytes.slice(0, 2); const view: Uint8Array = bytes.subarray(1);",
  "new DataView(new ArrayBuffer(8)).setUint32(0, 5, true);",
  "Object.prototype.hasOwnProperty.call({ a: 1 }, 'a');",
  "function toArray(): unknown[] { return [].slice.call(arguments); }",
  "const o = Object.assign({}, { a: 1 }, { b: 'x' }); o.b.padStart(3, '0'); Object.keys(o); Object.entries(o);",
  "Promise.all([Promise.resolve(1), Promise.resolve('s')]).then((r) => r[0].toFixed() + r[1].repeat(2));",
  "new Error('m').message; String(new TypeError('t'));",
  "const m = 'a1'.match(/\\d/); if (m) m[0].length;",
  "new Date().getUTCHours(); Date.now(); JSON.stringify({ a: 1 }); JSON.parse('{}');",
  "Math.floor(Math.random() * Math.pow(2, 3)) + Math.atan2(1, 2) + parseInt('12', 10) + parseFloat('1.5');",
  "xs.includes(1); xs.find((v) => v > 1); xs.fill(0); Array.isArray(xs); xs.sort((a, b) => a - b).splice(1);",
  "const r: Readonly<Record<string, number>> = { a: 1 }; const p: Partial<Pick<{ a: 1; b: 2 }, 'a'>> = {};",
  "class Base { constructor(public v: number) {} get twice() { return this.v * 2; } }",
  "class Derived extends Base { constructor() { super(2); } }",
  "new Derived().twice; toArray.bind(null)(); export { plain, view, r, p };",
];

describe("es.d.ts: the firmware's standard library rejects what Espruino lacks", function () {
  this.timeout(30000);
  const dir = mkdtempSync(join(tmpdir(), "es-decl-"));
  const errorsByFile = new Map<string, Map<number, string>>();

  before(() => {
    writeFileSync(join(dir, "bad.ts"), ["export {};", BAD_PRELUDE, ...BAD.map(([, code]) => code)].join("\n"));
    writeFileSync(join(dir, "good.ts"), ["export {};", ...GOOD].join("\n"));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: resolve("tsconfig.base.json"),
        compilerOptions: { target: "es2020", noLib: true, types: [], noUnusedLocals: false },
        files: [ES_DECLARATIONS, "bad.ts", "good.ts"],
      }),
    );
    const run = spawnSync(TSC, ["-p", join(dir, "tsconfig.json"), "--noEmit", "--pretty", "false"], { encoding: "utf8" });
    for (const line of run.stdout.split("\n")) {
      const match = /^(?:.*[\\/])?([\w.-]+)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
      if (!match) continue;
      const [, file, lineNumber, text] = match;
      if (!errorsByFile.has(file)) errorsByFile.set(file, new Map());
      errorsByFile.get(file)!.set(Number(lineNumber), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  BAD.forEach(([what], index) => {
    it(`refuses ${what}`, () => {
      const line = index + 3;
      expect(errorsByFile.get("bad.ts")?.get(line), `no tsc error on bad.ts line ${line}`).to.be.a("string");
    });
  });

  it("reports nothing else in the bad file and nothing at all for code Espruino runs", () => {
    const badLines = [...(errorsByFile.get("bad.ts")?.keys() ?? [])].filter((l) => l < 3 || l >= 3 + BAD.length);
    expect(badLines).to.deep.equal([]);
    expect([...(errorsByFile.get("good.ts") ?? new Map())]).to.deep.equal([]);
    expect([...errorsByFile.keys()].filter((f) => f !== "bad.ts" && f !== "good.ts")).to.deep.equal([]);
  });
});
