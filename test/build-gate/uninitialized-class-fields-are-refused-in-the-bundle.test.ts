import { expect } from "chai";
import { describe, it } from "mocha";
import { bundleLinesRefused, expectRefusedOn, program } from "./gate-helpers";

describe("build gate: class fields without initializer", () => {
  it("refuses them in the bundle, where they would crash the interpreter", () => {
    const bundle = program("var Lock = class {", "  pin;", "  level = 0;", "  static count;", "};");
    expect(bundleLinesRefused(bundle, "uninitialized-class-field")).to.deep.equal([2, 4]);
  });

  it("accepts them in TypeScript sources, where esbuild drops them (useDefineForClassFields: false)", () => {
    const code = program("export class Lock {", "  pin: number;", "  declare tag: string;", "  id!: string;", "  constructor() { this.pin = 1; }", "}");
    expectRefusedOn(code, "uninitialized-class-field", []);
  });
});
