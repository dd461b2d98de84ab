import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: class static blocks and catch without a parameter", () => {
  it("refuses static { } blocks", () => {
    const code = program("export class C {", "  static ready = false;", "  static { C.ready = true; }", "}");
    expectRefusedOn(code, "class-static-block", [3]);
  });

  it("refuses `catch {` and accepts `catch (e) {`", () => {
    const code = program("try { JSON.parse('x'); } catch { }", "try { JSON.parse('y'); } catch (e) { }");
    expectRefusedOn(code, "optional-catch-binding", [1]);
  });
});
