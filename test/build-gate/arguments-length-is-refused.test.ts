import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: arguments.length", () => {
  it("refuses arguments.length, which is max(declared, passed) on Espruino", () => {
    const code = program("export function f(a?: number, b?: number) {", "  if (arguments.length < 2) return a;", "  return b;", "}");
    expectRefusedOn(code, "arguments-length", [2]);
  });

  it("accepts indexing arguments and a local variable called arguments' length elsewhere", () => {
    const code = program("export function f() { return arguments[0]; }", "export function g(args: number[]) { return args.length; }");
    expectRefusedOn(code, "arguments-length", []);
  });
});
