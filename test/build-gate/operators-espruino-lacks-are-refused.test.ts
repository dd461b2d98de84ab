import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: operators Espruino lacks", () => {
  it("refuses ** and **=", () => {
    const code = program("let x = 2;", "x = x ** 3;", "x **= 2;", "export { x };");
    expectRefusedOn(code, "exponent-operator", [2, 3]);
  });

  it("refuses ||=, &&= and ??=", () => {
    const code = program("let a: number | undefined;", "a ||= 1;", "a &&= 2;", "a ??= 3;", "export { a };");
    expectRefusedOn(code, "logical-assignment", [2, 3, 4]);
  });

  it("refuses optional chaining on members, calls and element access, once per ?.", () => {
    const code = program(
      "declare const o: { a?: { b: number; f?: () => number } } | undefined;",
      "export const b = o?.a?.b;",
      "export const c = o!.a!.f?.();",
      "export const d = o?.['a'];",
    );
    expectRefusedOn(code, "optional-chaining", [2, 2, 3, 4]);
  });

  it("accepts ?? and non-null assertions", () => {
    const code = program("declare const o: { a?: number } | undefined;", "export const v = o!.a ?? 0;");
    expectRefusedOn(code, "optional-chaining", []);
    expectRefusedOn(code, "logical-assignment", []);
  });

  it("refuses BigInt literals", () => {
    const code = program("export const big = 10n;");
    expectRefusedOn(code, "bigint", [1]);
  });
});
