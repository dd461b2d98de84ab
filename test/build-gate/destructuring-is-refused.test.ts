import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: destructuring", () => {
  it("refuses object and array patterns in declarations, once per outermost pattern", () => {
    const code = program(
      "declare const o: { a: number; b: { c: number } }; declare const xs: number[];",
      "const { a, b: { c } } = o;",
      "const [first, second] = xs;",
      "export const sum = a + c + first + second;",
    );
    expectRefusedOn(code, "destructuring", [2, 3]);
  });

  it("refuses patterns in parameters, assignments, for-of heads and catch clauses", () => {
    const code = program(
      "declare const pairs: Array<[string, number]>; let k = ''; let v = 0;",
      "export function f({ x }: { x: number }) { return x; }",
      "[k, v] = pairs[0];",
      "for (const [key, value] of pairs) k = key + value;",
      "try { f({ x: 1 }); } catch ({ message }) { k = String(message); }",
      "export const arrow = ([p]: number[]) => p;",
    );
    expectRefusedOn(code, "destructuring", [2, 3, 4, 5, 6]);
  });
});
