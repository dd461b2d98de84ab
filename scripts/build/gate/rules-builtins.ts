/**
 * Built-ins ESPRUINO.md measured as missing or different. In sources `tsc` with es.d.ts already
 * refuses most of them; the gate repeats the check because the bundle (esbuild's helpers) never
 * goes through `tsc`, and because some differences (X.prototype, extends Error, arguments.length)
 * type-check fine and fail silently.
 */
import type { NodePath, Visitor } from "@babel/traverse";
import * as t from "@babel/types";
import { isGlobalReference } from "./ast-context";
import type { Report } from "./report";

const PLAIN_OBJECT = "use a plain object with string keys (Object.keys, hasOwnProperty) or arrays";

const MISSING_GLOBALS: Record<string, string> = {
  Map: PLAIN_OBJECT,
  Set: PLAIN_OBJECT,
  WeakMap: PLAIN_OBJECT,
  WeakSet: PLAIN_OBJECT,
  WeakRef: "keep an ordinary reference",
  FinalizationRegistry: "release resources explicitly",
  Symbol: "use string property names",
  Proxy: "write explicit accessor functions",
  Reflect: "use Object.* functions or plain property access",
  BigInt: "use numbers (exact up to 2^53) or byte arrays",
  BigInt64Array: "use Int32Array pairs",
  BigUint64Array: "use Uint32Array pairs",
  queueMicrotask: "use Promise.resolve().then(fn)",
  RangeError: "throw new Error(…) (or TypeError)",
  EvalError: "throw new Error(…)",
  URIError: "throw new Error(…)",
  AggregateError: "throw new Error(…)",
  structuredClone: "copy explicitly (JSON.parse(JSON.stringify(x)) for plain data)",
  SharedArrayBuffer: "use ArrayBuffer",
  Atomics: "use plain typed-array access",
  Intl: "format by hand",
};

const TYPED_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"];

const MISSING_STATICS: Record<string, Record<string, string>> = {
  Array: { from: "copy with a for loop or [].slice.call(arrayLike)", of: "use an array literal" },
  Object: { freeze: "keep the object private instead of freezing it", is: "use === (and x !== x for NaN)" },
  Number: {
    isInteger: "use typeof x === \"number\" && Math.floor(x) === x",
    isNaN: "use x !== x or the global isNaN",
    isFinite: "use the global isFinite",
    parseInt: "use the global parseInt",
    parseFloat: "use the global parseFloat",
    EPSILON: "write the constant 2.220446049250313e-16",
    MAX_SAFE_INTEGER: "write the constant 9007199254740991",
    MIN_SAFE_INTEGER: "write the constant -9007199254740991",
    isSafeInteger: "compare with the constant 9007199254740991",
  },
  Math: {
    imul: "use ((a * b) | 0) when the product fits in 2^53, or split into 16-bit halves",
    clz32: "count bits with a loop",
    trunc: "use x < 0 ? Math.ceil(x) : Math.floor(x)",
    log2: "use Math.log(x) / Math.LN2",
    log10: "use Math.log(x) / Math.LN10",
    hypot: "use Math.sqrt(a * a + b * b)",
    cbrt: "use Math.pow(x, 1 / 3) with the sign handled",
    fround: "store into a Float32Array and read it back",
  },
  Promise: { race: "resolve from the first callback by hand", allSettled: "wrap each promise with .then/.catch and use Promise.all", any: "resolve from the first success by hand" },
  ArrayBuffer: { isView: "check `x.buffer instanceof ArrayBuffer`" },
};
for (const name of TYPED_ARRAYS) {
  MISSING_STATICS[name] = { from: `use new ${name}(arrayOrLength) and set()`, of: `use new ${name}([…])` };
}

/** Called as methods on values; names unlikely for our own methods, so a call is almost surely the built-in. */
const MISSING_METHODS: Record<string, string> = {
  // Not lastIndexOf: strings have it on Espruino; arrays' is caught by tsc (es.d.ts).
  reduceRight: "loop backwards with a for loop",
  flat: "concatenate with a loop or [].concat.apply([], arrays)",
  flatMap: "map then concatenate with a loop",
  trimStart: "use replace(/^\\s+/, \"\")",
  trimEnd: "use replace(/\\s+$/, \"\")",
  trimLeft: "use replace(/^\\s+/, \"\")",
  trimRight: "use replace(/\\s+$/, \"\")",
  localeCompare: "compare with < and >",
  codePointAt: "use charCodeAt",
  finally: "call the cleanup in both then() and catch()",
};

/** Errors Espruino's runtime raises are plain Error, so instanceof these is false where Node says true. */
const RUNTIME_ERROR_CLASSES = new Set(["TypeError", "ReferenceError", "SyntaxError", "RangeError"]);

const ERROR_CLASSES = new Set(["Error", "TypeError", "SyntaxError", "ReferenceError", "InternalError", "RangeError", "EvalError", "URIError"]);

function propertyName(node: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  if (!node.computed && t.isIdentifier(node.property)) return node.property.name;
  if (t.isStringLiteral(node.property)) return node.property.value;
  return undefined;
}

function isOwnHasOwnPropertyAccess(path: NodePath<t.MemberExpression>): boolean {
  const parent = path.parentPath;
  return (
    t.isIdentifier(path.node.object, { name: "Object" }) &&
    parent.isMemberExpression() &&
    parent.node.object === path.node &&
    propertyName(parent.node) === "hasOwnProperty"
  );
}

export function builtinsVisitor(report: Report): Visitor {
  return {
    Identifier(path) {
      const name = path.node.name;
      if (!Object.prototype.hasOwnProperty.call(MISSING_GLOBALS, name)) return;
      if (!path.isReferencedIdentifier() || !isGlobalReference(path, name)) return;
      report(path.node, "missing-builtin", `${name} does not exist on Espruino; ${MISSING_GLOBALS[name]}`);
    },
    "MemberExpression|OptionalMemberExpression"(path) {
      const node = path.node as t.MemberExpression;
      const name = propertyName(node);
      if (name === undefined) return;
      const object = node.object;
      if (t.isIdentifier(object) && isGlobalReference(path, object.name)) {
        const statics = MISSING_STATICS[object.name];
        if (statics && Object.prototype.hasOwnProperty.call(statics, name)) {
          report(node, "missing-builtin", `${object.name}.${name} does not exist on Espruino; ${statics[name]}`);
        }
        if (name === "prototype" && !isOwnHasOwnPropertyAccess(path as NodePath<t.MemberExpression>)) {
          report(
            node,
            "builtin-prototype",
            `${object.name}.prototype: Espruino's built-in methods are not reachable through X.prototype (e.g. Array.prototype.slice is undefined); call the method on an instance ([].slice.call(x), "".split.call(s)); only Object.prototype.hasOwnProperty works`,
          );
        }
      }
      if (t.isIdentifier(object, { name: "arguments" }) && name === "length" && isGlobalReference(path, "arguments")) {
        report(node, "arguments-length", "arguments.length on Espruino is max(declared, passed) parameters, unlike Node; declare optional parameters and test them against undefined");
      }
      const parent = path.parentPath!;
      if (
        Object.prototype.hasOwnProperty.call(MISSING_METHODS, name) &&
        (parent.isCallExpression() || parent.isOptionalCallExpression()) &&
        parent.node.callee === node
      ) {
        report(node, "missing-method", `.${name}() does not exist on Espruino's built-ins; ${MISSING_METHODS[name]}`);
      }
      if (name === "length" && parent.isAssignmentExpression() && parent.node.left === node) {
        report(node, "length-assignment", "assigning .length throws on Espruino; truncate with arr.splice(n) (or build a new array)");
      }
    },
    BinaryExpression(path) {
      const right = path.node.right;
      if (path.node.operator !== "instanceof" || !t.isIdentifier(right) || !RUNTIME_ERROR_CLASSES.has(right.name)) return;
      if (!isGlobalReference(path, right.name)) return;
      report(
        path.node,
        "instanceof-error-class",
        `errors raised by Espruino's runtime are plain Error, so \`instanceof ${right.name}\` is false there where Node says true; test err.message or a code property you set`,
      );
    },
    CallExpression(path) {
      const callee = path.node.callee;
      if (!t.isMemberExpression(callee) || !t.isIdentifier(callee.object, { name: "JSON" }) || !isGlobalReference(path, "JSON")) return;
      const name = propertyName(callee);
      if ((name === "stringify" || name === "parse") && path.node.arguments.length > 1) {
        report(
          path.node.arguments[1],
          "json-extra-arguments",
          `Espruino silently ignores JSON.${name}'s ${name === "parse" ? "reviver" : "replacer and indentation"}; pass one argument and transform the data in code`,
        );
      }
    },
    Class(path) {
      const superClass = path.node.superClass;
      if (!t.isIdentifier(superClass) || !ERROR_CLASSES.has(superClass.name) || !isGlobalReference(path, superClass.name)) return;
      report(
        superClass,
        "extends-error",
        `class … extends ${superClass.name} fails on Espruino; create errors with new Error(message) and tell them apart by a property you set (err.code = "…") or by message`,
      );
    },
  };
}
