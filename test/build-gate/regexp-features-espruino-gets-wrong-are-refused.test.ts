import { expect } from "chai";
import { describe, it } from "mocha";
import { expectRefusedOn, program, sourceViolations } from "./gate-helpers";

/** One literal per line; each must be refused under exactly the given rule. */
const CASES: Array<[string, string]> = [
  ["/\\d{4}/", "regexp-quantifier-braces"],
  ["/a{2,}/", "regexp-quantifier-braces"],
  ["/\\bword\\b/", "regexp-word-boundary"],
  ["/\\Bx/", "regexp-word-boundary"],
  ["/(?:ab)+/", "regexp-non-capturing-group"],
  ["/a(?=b)/", "regexp-lookaround"],
  ["/a(?!b)/", "regexp-lookaround"],
  ["/(?<=a)b/", "regexp-lookaround"],
  ["/(?<!a)b/", "regexp-lookaround"],
  ["/(a|b)c/", "regexp-group-alternation"],
  ["/(a)\\1/", "regexp-backreference"],
  ["/(?<y>\\d+)/", "regexp-named-group"],
  ["/^a$/m", "regexp-flag"],
  ["/a.b/s", "regexp-flag"],
  ["/a/u", "regexp-flag"],
  ["/a/y", "regexp-flag"],
];

describe("build gate: RegExp features Espruino silently gets wrong", () => {
  for (const [literal, rule] of CASES) {
    it(`refuses ${literal} as ${rule}`, () => {
      expectRefusedOn(program("export const ok = 1;", `export const re = ${literal};`), rule, [2]);
    });
  }

  it("checks new RegExp(...) and RegExp(...) with literal patterns and flags", () => {
    const code = program("export const a = new RegExp('\\\\d{3}');", "export const b = RegExp('x', 'm');", "declare const p: string;", "export const c = new RegExp(p);");
    expectRefusedOn(code, "regexp-quantifier-braces", [1]);
    expectRefusedOn(code, "regexp-flag", [2]);
  });

  it("accepts what works: classes, anchors, + * ?, capturing groups, top-level |, g and i, literal braces in classes", () => {
    const code = program(
      "export const a = /^[a-z0-9_]+$/gi;",
      "export const b = /(\\d+)-(\\w*)\\s?/;",
      "export const c = /cat|dog/;",
      "export const d = /[{}|()]/;",
      "export const e = /\\{\\}/;",
      "export const f = /[\\b]/;",
    );
    expect(sourceViolations(code)).to.deep.equal([]);
  });
});
