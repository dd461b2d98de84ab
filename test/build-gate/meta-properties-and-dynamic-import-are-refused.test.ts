import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: new.target, import.meta and import()", () => {
  it("refuses new.target", () => {
    const code = program("export function F(this: unknown) {", "  return new.target;", "}");
    expectRefusedOn(code, "new-target", [2]);
  });

  it("refuses import.meta", () => {
    expectRefusedOn(program("export const u = import.meta.url;"), "import-meta", [1]);
  });

  it("refuses dynamic import()", () => {
    expectRefusedOn(program("export function load() {", "  return import('./other');", "}"), "dynamic-import", [2]);
  });

  it("accepts static and type-only imports", () => {
    const code = program("import type { X } from './x';", "import { y } from './y';", "export const z: X = y;");
    expectRefusedOn(code, "dynamic-import", []);
  });
});
