import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: closures capturing a let/const from a loop head", () => {
  it("refuses closures capturing for, for-in and for-of head bindings", () => {
    const code = program(
      "declare const pins: string[]; declare const o: Record<string, number>; const fns: Array<() => unknown> = [];",
      "for (let i = 0; i < 3; i++) fns.push(() => i);",
      "for (const k in o) fns.push(function () { return k; });",
      "for (const pin of pins) {",
      "  setTimeout(() => pin.length, 10);",
      "}",
    );
    expectRefusedOn(code, "loop-closure-capture", [2, 3, 5]);
  });

  it("accepts a loop variable passed as a parameter, used in an IIFE, or declared with var outside", () => {
    const code = program(
      "declare const pins: string[]; const fns: Array<() => unknown> = [];",
      "function watcher(pin: string) { return () => pin; }",
      "for (const pin of pins) fns.push(watcher(pin));",
      "for (let i = 0; i < 3; i++) (function () { fns.push(watcher(String(i))); })();",
      "var j: number;",
      "for (j = 0; j < 3; j++) fns.push(() => j);",
      "for (let n = 0; n < 3; n++) { const copy = n; fns.push(watcher(String(copy))); }",
    );
    expectRefusedOn(code, "loop-closure-capture", []);
  });
});
