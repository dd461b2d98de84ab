import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: classes extending Error", () => {
  it("refuses extending Error and every built-in error class", () => {
    const code = program(
      "export class LockError extends Error {}",
      "export class BadPin extends TypeError {}",
      "export const Anon = class extends RangeError {};",
      "export class Internal extends InternalError {}",
    );
    expectRefusedOn(code, "extends-error", [1, 2, 3, 4]);
  });

  it("accepts extends/super on our own classes, even one named like an error", () => {
    const code = program(
      "class Base { constructor(readonly code: string) {} }",
      "export class Fault extends Base { constructor() { super('fault'); } }",
      "function make() { class Error { } return class extends Error {}; }",
      "export { make };",
    );
    expectRefusedOn(code, "extends-error", []);
  });
});
