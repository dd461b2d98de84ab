import { describe, it } from "mocha";
import { bundleLinesRefused, expectRefusedOn, program } from "./gate-helpers";
import { expect } from "chai";

describe("build gate: built-ins Espruino lacks", () => {
  it("refuses missing global objects", () => {
    const code = program(
      "export const a = new Map();",
      "export const b = new Set();",
      "export const c = Symbol('x');",
      "export const d = new WeakMap();",
      "export const e = Reflect.ownKeys({});",
      "export const f = new Proxy({}, {});",
      "queueMicrotask(() => 0);",
      "export const g = new RangeError('x');",
      "export const h = BigInt(1);",
    );
    expectRefusedOn(code, "missing-builtin", [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("refuses missing static members", () => {
    const code = program(
      "export const a = Array.from([1]);",
      "export const b = Math.imul(2, 3);",
      "export const c = Number.isInteger(1);",
      "export const d = Uint8Array.from([1]);",
      "export const e = Object.freeze({});",
      "export const f = Promise.race([]);",
      "export const g = ArrayBuffer.isView(1);",
    );
    expectRefusedOn(code, "missing-builtin", [1, 2, 3, 4, 5, 6, 7]);
  });

  it("refuses calls of missing methods and assignments to .length", () => {
    const code = program("declare const xs: any;", "xs.flatMap((x: number) => [x]);", "xs.trimStart();", "xs.finally(() => 0);", "xs.length = 0;");
    expectRefusedOn(code, "missing-method", [2, 3, 4]);
    expectRefusedOn(code, "length-assignment", [5]);
  });

  it("accepts local bindings that shadow those names, and string lastIndexOf", () => {
    const code = program("function Map() { return 1; }", "export const m = Map();", "export const i = 'abca'.lastIndexOf('a');");
    expectRefusedOn(code, "missing-builtin", []);
    expectRefusedOn(code, "missing-method", []);
  });

  it("refuses them in the bundle too, where tsc never looked", () => {
    const bundle = program("(function(){", "var s = Symbol.iterator;", "var m = new Map;", "})();");
    expect(bundleLinesRefused(bundle, "missing-builtin")).to.deep.equal([2, 3]);
  });
});
