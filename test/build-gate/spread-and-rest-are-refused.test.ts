import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: spread and rest", () => {
  it("refuses spread in calls, array literals and object literals", () => {
    const code = program(
      "declare const xs: number[]; declare const o: { a: number };",
      "Math.max(...xs);",
      "export const copy = [0, ...xs];",
      "export const merged = { ...o, b: 1 };",
    );
    expectRefusedOn(code, "spread", [2, 3, 4]);
  });

  it("refuses rest parameters in functions, arrows and methods", () => {
    const code = program(
      "export function f(first: number, ...others: number[]) { return first + others.length; }",
      "export const g = (...all: number[]) => all;",
      "export class C { m(...items: string[]) { return items; } }",
    );
    expectRefusedOn(code, "rest-parameter", [1, 2, 3]);
  });

  it("does not mistake rest parameters of function types for runtime code", () => {
    const code = program("export type Logger = (...values: unknown[]) => void;", "declare function log(...values: unknown[]): void;", "log(1);");
    expectRefusedOn(code, "rest-parameter", []);
  });
});
