import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: use before declaration (Espruino does not hoist)", () => {
  it("refuses calling a function declared further down the same scope", () => {
    const code = program("start();", "function start() {}", "export function outer() {", "  inner();", "  function inner() {}", "}");
    expectRefusedOn(code, "use-before-declaration", [1, 4]);
  });

  it("refuses reading or assigning a var, let or const, and using a class, before its declaration", () => {
    const code = program(
      "export const a = later + 1;",
      "var later = 1;",
      "counter = 5;",
      "var counter: number;",
      "export const lock = new Lock();",
      "class Lock {}",
      "export const sum = total;",
      "let total = 0;",
    );
    expectRefusedOn(code, "use-before-declaration", [1, 3, 5, 7]);
  });

  it("refuses uses inside immediately invoked functions, which run right away", () => {
    const code = program("(function () { setup(); })();", "(() => setup())();", "function setup() {}");
    expectRefusedOn(code, "use-before-declaration", [1, 2]);
  });

  it("accepts uses inside functions that run later, types and exports before declarations, and `var x = x || {}`", () => {
    const code = program(
      "export function run() { return helper() + LIMIT; }",
      "setTimeout(() => helper(), 10);",
      "let lock: Lock | undefined;",
      "export { helper };",
      "function helper() { return 1; }",
      "const LIMIT = 3;",
      "class Lock { make() { return new Lock(); } }",
      "var registry = registry || {};",
      "lock = new Lock();",
      "export { lock, registry };",
    );
    expectRefusedOn(code, "use-before-declaration", []);
  });
});
