import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: computed property keys", () => {
  it("refuses computed keys in object literals, methods and classes", () => {
    const code = program(
      "const key = 'a';",
      "export const o = { [key]: 1 };",
      "export const p = { ['m' + key]() { return 1; } };",
      "export class C { ['x']() { return 2; } }",
    );
    expectRefusedOn(code, "computed-key", [2, 3, 4]);
  });

  it("accepts quoted and numeric keys and o[k] = v after creation", () => {
    const code = program("const key = 'a';", "const o: Record<string, number> = { 'b-c': 1, 2: 3 };", "o[key] = 1;");
    expectRefusedOn(code, "computed-key", []);
  });
});
