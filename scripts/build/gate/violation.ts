/** One refusal of the build gate, pointing at the exact source position (1-based line and column). */
export interface GateViolation {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function formatViolation(v: GateViolation): string {
  return `${v.file}:${v.line}:${v.column} [${v.rule}] ${v.message}`;
}
