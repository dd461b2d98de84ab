import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: async/await", () => {
  it("refuses async functions, async arrows and async methods", () => {
    const code = program(
      "declare const p: Promise<number>;",
      "export async function f() { return await p; }",
      "export const g = async () => 1;",
      "export class C { async m() { return 1; } }",
    );
    expectRefusedOn(code, "async-await", [2, 3, 4]);
  });

  it("refuses for await", () => {
    const code = program("declare const xs: Promise<number>[];", "export async function f() {", "  for await (const x of xs) x.toFixed();", "}");
    expectRefusedOn(code, "for-await", [3]);
  });

  it("accepts Promise chains", () => {
    const code = program("declare const p: Promise<number>;", "export const q = p.then((v) => v + 1).catch(() => 0);");
    expectRefusedOn(code, "async-await", []);
  });
});
