/**
 * The Espruino build gate: refuses, naming file, line and column, every form that the Espruino
 * interpreter cannot run or runs differently from Node (shared/ESPRUINO.md). It runs twice in
 * the build: on the TypeScript sources (so the author sees their own line) and on esbuild's
 * bundle (so nothing the bundler introduces slips through).
 *
 * TypeScript-only syntax is erased before anything reaches the board and is never refused:
 * types, interfaces, generics, `as`, `!`, `declare`, `import type`, parameter properties, and
 * uninitialized fields in sources (esbuild drops them because useDefineForClassFields is false;
 * the bundle check refuses any that survive). `enum`, `const enum` and `namespace` are accepted:
 * esbuild inlines const enums and emits the others as `var E; (E => {…})(E || (E = {}))`, which
 * declares before use and needs no hoisting — and the bundle check re-verifies that output.
 *
 * Rule ids: destructuring, spread, rest-parameter, default-parameter, computed-key, async-await,
 * for-await, generator, tagged-template, string-raw, exponent-operator, logical-assignment,
 * optional-chaining, bigint, labeled-statement, private-member, class-static-block,
 * optional-catch-binding, new-target, import-meta, dynamic-import, uninitialized-class-field
 * (bundle only), extends-error, builtin-prototype, inherited-static, missing-builtin,
 * missing-method, length-assignment, arguments-length, instanceof-error-class,
 * json-extra-arguments, use-before-declaration, loop-closure-capture, regexp-flag,
 * regexp-quantifier-braces, regexp-word-boundary, regexp-non-capturing-group, regexp-lookaround,
 * regexp-group-alternation, regexp-backreference, regexp-named-group, parse-error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type ParserPlugin } from "@babel/parser";
import traverseModule, { type NodePath, type Visitor } from "@babel/traverse";
import type * as t from "@babel/types";
import { builtinsVisitor } from "./gate/rules-builtins";
import { classesVisitor } from "./gate/rules-classes";
import { checkOrder, loopClosureVisitor } from "./gate/rules-order";
import { syntaxVisitor } from "./gate/rules-syntax";
import type { CheckMode, Report } from "./gate/report";
import { formatViolation, type GateViolation } from "./gate/violation";

export { formatViolation, type GateViolation };

// @babel/traverse is CommonJS; depending on the loader the function is the default export or its `default`.
const traverse = ((traverseModule as unknown as { default?: typeof traverseModule }).default ?? traverseModule) as typeof traverseModule;

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return path.isAbsolute(file) && !relative.startsWith("..") ? relative.split(path.sep).join("/") : file;
}

function excerpt(code: string, offset: number): string {
  return code.slice(Math.max(0, offset - 20), offset + 40).replace(/\s+/g, " ");
}

function parseOrViolation(code: string, file: string, plugins: ParserPlugin[], sourceTypes: Array<"module" | "script">): t.File | GateViolation {
  let lastError: unknown;
  for (const sourceType of sourceTypes) {
    try {
      return parse(code, { sourceType, plugins, errorRecovery: false });
    } catch (error) {
      lastError = error;
    }
  }
  const loc = (lastError as { loc?: { line: number; column: number } }).loc;
  return {
    file,
    line: loc?.line ?? 1,
    column: (loc?.column ?? 0) + 1,
    rule: "parse-error",
    message: `cannot parse: ${(lastError as Error).message}`,
  };
}

function check(code: string, file: string, mode: CheckMode): GateViolation[] {
  const plugins: ParserPlugin[] = mode.bundle ? [] : ["typescript"];
  const parsed = parseOrViolation(code, file, plugins, mode.bundle ? ["script", "module"] : ["module"]);
  if (!("program" in parsed)) return [parsed];

  const violations: GateViolation[] = [];
  const seen = new Set<string>();
  const report: Report = (node, rule, message) => {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    // Nested nodes can share a start (a?.b?.c), so the end is part of the identity.
    const key = `${node.start}:${node.end}:${rule}`;
    if (seen.has(key)) return;
    seen.add(key);
    const where = mode.bundle && node.start != null ? ` (near: ${excerpt(code, node.start)})` : "";
    violations.push({ file, line: start.line, column: start.column + 1, rule, message: message + where });
  };

  let program: NodePath<t.Program> | undefined;
  const visitor: Visitor = traverse.visitors.merge([
    { Program: (p: NodePath<t.Program>) => void (program = p) },
    syntaxVisitor(report, mode),
    builtinsVisitor(report),
    classesVisitor(report),
    loopClosureVisitor(report) as Visitor,
  ]);
  traverse(parsed, visitor);
  if (program) checkOrder(program, report);

  return violations.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/** Checks one TypeScript firmware source given as text; `file` names it in the violations. */
export function checkFirmwareSource(code: string, file: string): GateViolation[] {
  return check(code, file, { bundle: false });
}

/** Checks TypeScript firmware sources (parsed with the typescript plugin). Declaration files are skipped. */
export function checkFirmwareSources(files: string[]): GateViolation[] {
  const violations: GateViolation[] = [];
  for (const file of files) {
    if (file.endsWith(".d.ts")) continue;
    violations.push(...checkFirmwareSource(readFileSync(file, "utf8"), displayName(file)));
  }
  return violations;
}

/** Checks the esbuild output (plain JavaScript) that will run on the board; `label` names it in the violations. */
export function checkBundle(code: string, label: string): GateViolation[] {
  return check(code, label, { bundle: true });
}
