import { expect } from "chai";
import { checkBundle, checkFirmwareSource, formatViolation, type GateViolation } from "../../scripts/build/gate";

export const SOURCE = "src/example.ts";

/** Joins lines so that line N of the program is the N-th argument. */
export function program(...lines: string[]): string {
  return lines.join("\n");
}

export function sourceViolations(code: string): GateViolation[] {
  return checkFirmwareSource(code, SOURCE);
}

/** Lines on which the source gate reports `rule`. */
export function linesRefused(code: string, rule: string): number[] {
  return sourceViolations(code)
    .filter((v) => v.rule === rule)
    .map((v) => v.line);
}

export function bundleLinesRefused(code: string, rule: string): number[] {
  return checkBundle(code, "dist/board.js")
    .filter((v) => v.rule === rule)
    .map((v) => v.line);
}

/** Asserts the gate refuses `rule` exactly on `lines`, and that the report names file and line. */
export function expectRefusedOn(code: string, rule: string, lines: number[]): void {
  const violations = sourceViolations(code).filter((v) => v.rule === rule);
  expect(violations.map((v) => v.line), formatAll(sourceViolations(code))).to.deep.equal(lines);
  for (const v of violations) {
    expect(formatViolation(v)).to.match(new RegExp(`^${SOURCE}:${v.line}:\\d+ \\[${rule}\\] \\S`));
  }
}

export function formatAll(violations: GateViolation[]): string {
  return violations.map(formatViolation).join("\n") || "(no violations)";
}
