/**
 * Syntax Espruino cannot parse, or parses and runs wrongly (ESPRUINO.md, "Language").
 * Each message says what to write instead, because the author has to rewrite it by hand.
 */
import type { NodePath, Visitor } from "@babel/traverse";
import * as t from "@babel/types";
import { isErasedNode, isGlobalReference } from "./ast-context";
import { regexpProblems } from "./regexp";
import type { CheckMode, Report } from "./report";

function isPattern(path: NodePath | null): boolean {
  return !!path && (path.isObjectPattern() || path.isArrayPattern());
}

function insideOtherPattern(path: NodePath): boolean {
  for (let p = path.parentPath; p && !p.isFunction() && !p.isStatement(); p = p.parentPath) {
    if (isPattern(p)) return true;
  }
  return false;
}

function isFunctionParameter(path: NodePath): boolean {
  const parent = path.parentPath;
  if (!parent) return false;
  if (parent.isTSParameterProperty()) return true;
  return parent.isFunction() && (parent.node.params as t.Node[]).includes(path.node);
}

function checkRegexp(report: Report, node: t.Node, pattern: string, flags: string) {
  for (const problem of regexpProblems(pattern, flags)) report(node, problem.rule, problem.message);
}

function stringValue(node: t.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (t.isStringLiteral(node)) return node.value;
  if (t.isTemplateLiteral(node) && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function syntaxVisitor(report: Report, mode: CheckMode): Visitor {
  return {
    enter(path) {
      if (isErasedNode(path.node)) path.skip();
    },
    "ObjectPattern|ArrayPattern"(path) {
      if (insideOtherPattern(path)) return;
      report(path.node, "destructuring", "destructuring is not supported by Espruino; read the properties/elements one by one (const a = o.a;)");
    },
    SpreadElement(path) {
      report(path.node, "spread", "spread (...) is not supported by Espruino; use Object.assign({}, o), a.concat(b) or fn.apply(null, args)");
    },
    RestElement(path) {
      if (!isFunctionParameter(path)) return; // inside a pattern: reported as destructuring
      report(path.node, "rest-parameter", "rest parameters are not supported by Espruino; read `arguments` ([].slice.call(arguments, n)) or take an array parameter");
    },
    AssignmentPattern(path) {
      if (!isFunctionParameter(path)) return;
      report(path.node, "default-parameter", "default parameters are not supported by Espruino; declare the parameter optional and write `if (x === undefined) x = …;` in the body");
    },
    "ObjectProperty|ObjectMethod|ClassMethod|ClassProperty|ClassPrivateMethod|ClassAccessorProperty"(path) {
      const node = path.node as t.ObjectProperty;
      if (node.computed) {
        report(node.key, "computed-key", "computed property keys {[k]: v} are not supported by Espruino; create the object, then assign o[k] = v");
      }
      if (mode.bundle && path.isClassProperty() && path.node.value === null) {
        report(path.node, "uninitialized-class-field", "a class field without initializer crashes the Espruino interpreter; the bundler must drop it (useDefineForClassFields: false) or give it a value");
      }
    },
    Function(path) {
      if (path.node.async) {
        report(path.node, "async-await", "async functions/await are not supported by Espruino; return a Promise and chain .then()");
      }
      if (path.node.generator) {
        report(path.node, "generator", "generators (function*, yield) are not supported by Espruino; return an array or write an explicit iterator object");
      }
    },
    AwaitExpression(path) {
      if (path.getFunctionParent()?.node.async) return; // reported on the async function
      report(path.node, "async-await", "await is not supported by Espruino; chain .then() on the Promise");
    },
    ForOfStatement(path) {
      if (path.node.await) {
        report(path.node, "for-await", "for await is not supported by Espruino; iterate an array and chain Promises with .then()");
      }
    },
    TaggedTemplateExpression(path) {
      const tag = path.node.tag;
      if (t.isMemberExpression(tag) && t.isIdentifier(tag.object, { name: "String" }) && t.isIdentifier(tag.property, { name: "raw" })) {
        return; // reported as string-raw by the MemberExpression visitor
      }
      report(path.node, "tagged-template", "tagged templates are not supported by Espruino; call the function with the pieces as ordinary arguments");
    },
    MemberExpression(path) {
      const { object, property, computed } = path.node;
      if (!computed && t.isIdentifier(object, { name: "String" }) && t.isIdentifier(property, { name: "raw" }) && isGlobalReference(path, "String")) {
        report(path.node, "string-raw", "String.raw is not supported by Espruino; write the string with escaped backslashes");
      }
    },
    BinaryExpression(path) {
      if (path.node.operator === "**") {
        report(path.node, "exponent-operator", "** is not supported by Espruino; use Math.pow(a, b)");
      }
      if (t.isPrivateName(path.node.left)) {
        report(path.node, "private-member", "`#x in obj` is not supported by Espruino; use an ordinary property");
      }
    },
    AssignmentExpression(path) {
      const op = path.node.operator;
      if (op === "**=") {
        report(path.node, "exponent-operator", "**= is not supported by Espruino; write x = Math.pow(x, y)");
      } else if (op === "||=" || op === "&&=" || op === "??=") {
        report(path.node, "logical-assignment", `${op} is not supported by Espruino; write x = x ${op.slice(0, 2)} y (or an if statement)`);
      }
    },
    "OptionalMemberExpression|OptionalCallExpression"(path) {
      if (!(path.node as t.OptionalMemberExpression).optional) return;
      report(path.node, "optional-chaining", "optional chaining ?. is not supported by Espruino; test for null/undefined first (a != null ? a.b : undefined)");
    },
    BigIntLiteral(path) {
      report(path.node, "bigint", "BigInt is not supported by Espruino; use numbers (exact up to 2^53) or byte arrays");
    },
    LabeledStatement(path) {
      report(path.node, "labeled-statement", "labels (labeled break/continue) are not supported by Espruino; use a flag variable or move the loop into a function and return");
    },
    PrivateName(path) {
      if (path.parentPath.isBinaryExpression()) return; // `#x in o`: reported once by BinaryExpression
      report(path.node, "private-member", "#private class members are not supported by Espruino (a bundler would need WeakMap); use an ordinary property, optionally marked `private` in TypeScript");
    },
    StaticBlock(path) {
      report(path.node, "class-static-block", "class static blocks are not supported by Espruino; assign statics after the class declaration");
    },
    MetaProperty(path) {
      const { meta, property } = path.node;
      if (meta.name === "new" && property.name === "target") {
        report(path.node, "new-target", "new.target is not supported by Espruino; pass an explicit argument or check `this instanceof C`");
      } else if (meta.name === "import") {
        report(path.node, "import-meta", "import.meta does not exist on Espruino; pass the value in from the board definition");
      }
    },
    CatchClause(path) {
      if (path.node.param) return;
      report(path.node, "optional-catch-binding", "`catch {` without a parameter is not supported by Espruino's parser; write `catch (e) {`");
    },
    RegExpLiteral(path) {
      checkRegexp(report, path.node, path.node.pattern, path.node.flags);
    },
    // One handler per node type: Babel's "A|B" keys overwrite each other instead of merging.
    "NewExpression|CallExpression|ImportExpression"(path) {
      const node = path.node as t.NewExpression;
      if (t.isImportExpression(node) || t.isImport(node.callee)) {
        report(node, "dynamic-import", "import() is not supported by Espruino; use a static import so the bundler includes the module");
        return;
      }
      if (!t.isIdentifier(node.callee, { name: "RegExp" }) || !isGlobalReference(path, "RegExp")) return;
      const pattern = stringValue(node.arguments[0]);
      if (pattern === undefined) return;
      checkRegexp(report, node, pattern, stringValue(node.arguments[1]) ?? "");
    },
  };
}
