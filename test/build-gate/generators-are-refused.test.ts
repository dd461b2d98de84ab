import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: generators", () => {
  it("refuses generator functions, generator expressions and generator methods", () => {
    const code = program(
      "export function* count() { yield 1; }",
      "export const g = function* () { yield 2; };",
      "export class C { *items() { yield 3; } }",
    );
    expectRefusedOn(code, "generator", [1, 2, 3]);
  });
});
