import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: #private class members", () => {
  it("refuses private fields, methods, their uses and `#x in o`", () => {
    const code = program(
      "export class Counter {",
      "  #count = 0;",
      "  #bump() { return ++this.#count; }",
      "  static has(o: object) { return #count in o; }",
      "}",
    );
    expectRefusedOn(code, "private-member", [2, 3, 3, 4]);
  });

  it("accepts TypeScript `private` members", () => {
    const code = program("export class Counter {", "  private count = 0;", "  bump() { return ++this.count; }", "}");
    expectRefusedOn(code, "private-member", []);
  });
});
