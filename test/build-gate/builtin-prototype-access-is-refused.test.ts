import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: built-ins reached through X.prototype", () => {
  it("refuses Array.prototype, Function.prototype, String.prototype and Object.prototype other than hasOwnProperty", () => {
    const code = program(
      "declare const list: ArrayLike<number>;",
      "export const a = Array.prototype.slice.call(list);",
      "export const b = Function.prototype.call;",
      "export const c = String.prototype.split.call('a,b', ',');",
      "export const d = Object.prototype.toString.call(list);",
      "export const e = Uint8Array.prototype;",
    );
    expectRefusedOn(code, "builtin-prototype", [2, 3, 4, 5, 6]);
  });

  it("accepts Object.prototype.hasOwnProperty.call, [].slice.call and our own classes' prototypes", () => {
    const code = program(
      "class Mine { m() { return 1; } }",
      "export const has = Object.prototype.hasOwnProperty.call({ a: 1 }, 'a');",
      "export function args() { return [].slice.call(arguments); }",
      "export const own = Mine.prototype.m;",
    );
    expectRefusedOn(code, "builtin-prototype", []);
  });
});
