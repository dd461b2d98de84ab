import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: default parameters", () => {
  it("refuses default values on function, arrow, method and parameter-property parameters", () => {
    const code = program(
      "export function f(a: number, b = 2) { return a + b; }",
      "export const g = (x = 'y') => x;",
      "export class C {",
      "  constructor(private readonly limit = 3) {}",
      "  m(flag = false) { return flag || this.limit > 0; }",
      "}",
    );
    expectRefusedOn(code, "default-parameter", [1, 2, 4, 5]);
  });

  it("accepts optional parameters tested in the body", () => {
    const code = program("export function f(a: number, b?: number) {", "  if (b === undefined) b = 2;", "  return a + b;", "}");
    expectRefusedOn(code, "default-parameter", []);
  });
});
