import { describe, it } from "mocha";
import { expectRefusedOn, program } from "./gate-helpers";

describe("build gate: labeled statements", () => {
  it("refuses labels used by break and continue", () => {
    const code = program(
      "export function find(rows: number[][]) {",
      "  outer: for (const row of rows) {",
      "    for (const cell of row) { if (cell === 0) break outer; }",
      "  }",
      "  scan: for (let i = 0; i < 3; i++) { continue scan; }",
      "}",
    );
    expectRefusedOn(code, "labeled-statement", [2, 5]);
  });
});
