/**
 * Property-name mangling for firmware bundles (esbuild `mangleProps`): every property name is
 * shortened except those that cross the bundle's boundary. The reserved set is derived from the
 * sources on every build, never kept by hand:
 *
 * - every identifier in types/espruino/*.d.ts: the Espruino API and the ES builtins the firmware
 *   may touch (the firmware is type-checked against nothing else, so any member it reads of an
 *   object it did not make is named there), option keys it hands to the interpreter included;
 * - the members of FirmwareEvent (src/events.ts): events reach the host as `EVT {json}`;
 * - every identifier-like string literal in the bundled sources: a name that also exists as a
 *   string may be a key looked up at run time (`table[event.type]`, `"x" in o`), which mangling
 *   the property but not the string would break. A key assembled at run time (`"on" + name`)
 *   is not covered: firmware indexes its own objects only with literal names or with keys that
 *   only ever come from data (pin names, bus names), never both;
 * - names the language gives meaning (constructor, toString, ...), and the members Espruino puts
 *   on every object and function (`on`, `emit`, `clone`, `replaceWith`, ...): a renamed optional
 *   property read as `o.x === undefined` must never land on an inherited one.
 *
 * Reserved names are handed to esbuild as its mangle cache with the value `false`, which both
 * keeps them and stops esbuild from choosing them as short names for other properties.
 *
 * The board definition's keys are mangled like any other: the build emits the board object with
 * unquoted keys so its properties and every read of them are renamed alike.
 *
 * The firmware's bundles are mangled (scripts/build.ts); test bundles are not unless they ask,
 * because they publish globals whose members host tests read by name.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@babel/parser";
import type * as t from "@babel/types";

/** Names with meaning to the language or the runtime whatever any declaration says. */
const LANGUAGE_NAMES = [
  "constructor", "prototype", "__proto__", "toString", "toLocaleString", "valueOf", "toJSON", "hasOwnProperty",
  "isPrototypeOf", "propertyIsEnumerable", "length", "arguments", "caller", "callee", "then", "name", "message",
  "apply", "call", "bind",
  // Espruino's Object.prototype and Function.prototype (jswrap_object.c).
  "on", "emit", "removeListener", "removeAllListeners", "prependListener", "clone", "replaceWith",
];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function parseTs(file: string): t.File {
  return parse(readFileSync(file, "utf8"), {
    sourceType: "module",
    plugins: [["typescript", { dts: file.endsWith(".d.ts") }]],
  });
}

/** Calls `visit` on every AST node below `node`. */
function walk(node: unknown, visit: (node: t.Node) => void): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.type !== "string") return;
  visit(node as t.Node);
  for (const key of Object.keys(record)) {
    if (key === "loc" || key === "leadingComments" || key === "trailingComments" || key === "innerComments") continue;
    walk(record[key], visit);
  }
}

function keyName(key: t.Node): string | undefined {
  if (key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral" && IDENTIFIER.test(key.value)) return key.value;
  return undefined;
}

/** Member names and declared run-time names (not parameter or type names, which nothing reads). */
function declarationNames(file: string, into: Set<string>): void {
  const add = (name: string | undefined): void => {
    if (name !== undefined) into.add(name);
  };
  walk(parseTs(file).program, (node) => {
    switch (node.type) {
      case "TSPropertySignature":
      case "TSMethodSignature":
      case "ClassProperty":
      case "ClassMethod":
      case "ClassAccessorProperty":
      case "TSDeclareMethod":
      case "ObjectProperty":
      case "ObjectMethod":
        add(keyName(node.key));
        break;
      case "TSEnumMember":
        add(keyName(node.id));
        break;
      case "TSDeclareFunction":
      case "FunctionDeclaration":
      case "ClassDeclaration":
        if (node.id) add(node.id.name);
        break;
      case "VariableDeclarator":
        add(keyName(node.id));
        break;
      case "TSModuleDeclaration":
        add(keyName(node.id));
        break;
      case "StringLiteral":
        // Module names, literal types ("rising"), event names ("data"): may be keys somewhere.
        add(keyName(node));
        break;
    }
  });
}

function interfaceMembers(file: string, name: string, into: Set<string>): void {
  let found = false;
  walk(parseTs(file).program, (node) => {
    if (node.type !== "TSInterfaceDeclaration" || node.id.name !== name) return;
    found = true;
    for (const member of node.body.body) {
      if ((member.type === "TSPropertySignature" || member.type === "TSMethodSignature") && member.key.type === "Identifier") {
        into.add(member.key.name);
      }
    }
  });
  if (!found) throw new Error(`${file}: no interface ${name} (the mangler reserves its members)`);
}

/** Per file and modification time: every board's bundle reads the same sources. */
const literalsCache = new Map<string, { mtimeMs: number; names: string[] }>();

function stringLiterals(file: string, into: Set<string>): void {
  const mtimeMs = statSync(file).mtimeMs;
  let cached = literalsCache.get(file);
  if (cached === undefined || cached.mtimeMs !== mtimeMs) {
    const names = new Set<string>();
    walk(parseTs(file).program, (node) => {
      if (node.type === "StringLiteral" && IDENTIFIER.test(node.value)) names.add(node.value);
      else if (node.type === "TemplateElement" && node.value.cooked !== undefined && node.value.cooked !== null) {
        for (const word of node.value.cooked.split(/[^\w$]+/)) if (IDENTIFIER.test(word)) names.add(word);
      }
    });
    cached = { mtimeMs, names: [...names] };
    literalsCache.set(file, cached);
  }
  for (const name of cached.names) into.add(name);
}

/**
 * Property names a bundle may not rename. `bundledFiles`: absolute paths of the files it contains
 * (TypeScript or JavaScript).
 */
export function reservedPropertyNames(repoRoot: string, bundledFiles: string[]): Set<string> {
  const reserved = new Set<string>(LANGUAGE_NAMES);
  const declarations = join(repoRoot, "types", "espruino");
  for (const name of readdirSync(declarations)) {
    if (name.endsWith(".d.ts")) declarationNames(join(declarations, name), reserved);
  }
  interfaceMembers(join(repoRoot, "src", "events.ts"), "FirmwareEvent", reserved);
  for (const file of bundledFiles) stringLiterals(file, reserved);
  return reserved;
}

function escapeRegExp(text: string): string {
  return text.replace(/[$]/g, "\\$");
}

export interface MangleOptions {
  mangleProps: RegExp;
  reserveProps: RegExp;
  mangleCache: Record<string, string | false>;
}

/** esbuild options: rename every property but the reserved ones, and never rename one into them. */
export function mangleOptions(reserved: Set<string>): MangleOptions {
  const names = [...reserved].sort();
  const mangleCache: Record<string, false> = {};
  for (const name of names) mangleCache[name] = false;
  return { mangleProps: /^[A-Za-z_$]/, reserveProps: new RegExp(`^(?:${names.map(escapeRegExp).join("|")})$`), mangleCache };
}
