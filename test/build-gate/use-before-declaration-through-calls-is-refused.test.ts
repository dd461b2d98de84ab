import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: use before declaration through a call made right now", () => {
  it("refuses calling a function whose body needs a declaration that comes later", () => {
    const code = program(
      "function main() { return helper(); }",
      "function helper() { return LIMIT; }",
      "main();",
      "const LIMIT = 3;",
    );
    expectRefusedOn(code, "use-before-declaration", [3]);
  });

  it("refuses `new C()` when the constructor or a field initializer needs a later declaration", () => {
    const code = program(
      "class Base { constructor() { init(); } }",
      "class Derived extends Base { size = SIZE; }",
      "export const d = new Derived();",
      "function init() {}",
      "const SIZE = 4;",
    );
    expectRefusedOn(code, "use-before-declaration", [3]);
  });

  it("accepts the same call placed after every declaration it needs, and methods not run by the constructor", () => {
    const code = program(
      "function main() { return helper(); }",
      "function helper() { return LIMIT; }",
      "class Box { open() { return late(); } }",
      "export const box = new Box();",
      "const LIMIT = 3;",
      "function late() { return 1; }",
      "main();",
    );
    expectRefusedOn(code, "use-before-declaration", []);
  });
});
