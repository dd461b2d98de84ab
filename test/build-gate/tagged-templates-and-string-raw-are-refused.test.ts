import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: tagged templates and String.raw", () => {
  it("refuses tagged templates", () => {
    const code = program("declare function tag(parts: TemplateStringsArray): string;", "export const s = tag`a${1}b`;");
    expectRefusedOn(code, "tagged-template", [2]);
  });

  it("refuses String.raw, tagged or called", () => {
    const raw = program("export const a = String.raw`\\d`;", "export const b = String.raw({ raw: ['x'] });");
    expectRefusedOn(raw, "string-raw", [1, 2]);
    expectRefusedOn(raw, "tagged-template", []);
  });

  it("accepts untagged template literals", () => {
    const code = program("const n = 1;", "export const s = `n=${n}`;");
    expectRefusedOn(code, "tagged-template", []);
  });
});
