import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: forms Espruino runs silently differently from Node", () => {
  it("refuses instanceof TypeError/ReferenceError/SyntaxError (Espruino's runtime errors are plain Error)", () => {
    const code = program(
      "try { JSON.parse('x'); } catch (e) {",
      "  if (e instanceof TypeError) throw e;",
      "  if (e instanceof SyntaxError || e instanceof ReferenceError) throw e;",
      "  if (e instanceof Error) throw e;",
      "}",
    );
    expectRefusedOn(code, "instanceof-error-class", [2, 3, 3]);
  });

  it("refuses JSON.stringify replacer/indentation and JSON.parse reviver, which Espruino ignores", () => {
    const code = program(
      "export {};",
      "export const a = JSON.stringify({ a: 1 }, null, 2);",
      "export const b = JSON.parse('{}', (k: string, v: unknown) => v);",
      "export const c = JSON.stringify({ a: 1 }) + JSON.parse('1');",
    );
    expectRefusedOn(code, "json-extra-arguments", [2, 3]);
  });
});
