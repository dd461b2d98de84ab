import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: static members reached through a subclass (Espruino does not inherit statics)", () => {
  it("refuses Sub.staticOfBase, through any depth, and this.staticOfBase in a static method", () => {
    const code = program(
      "class Base { static create() { return 1; } static limit = 2; }",
      "class Mid extends Base { static build() { return this.create(); } }",
      "const Leaf = class extends Mid {};",
      "export const a = Mid.create() + Leaf.create() + Mid.limit;",
      "export const b = Leaf.build();",
    );
    expectRefusedOn(code, "inherited-static", [2, 4, 4, 4, 5]);
  });

  it("accepts statics reached through the class that declares them, and overridden statics", () => {
    const code = program(
      "class Base { static create() { return 1; } }",
      "class Sub extends Base { static create() { return 2; } static twice() { return this.create() * 2; } }",
      "export const a = Base.create() + Sub.create() + Sub.twice();",
      "export const b = new Sub() instanceof Base;",
    );
    expectRefusedOn(code, "inherited-static", []);
  });
});
