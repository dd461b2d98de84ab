/**
 * Where code runs, as Espruino sees it: it executes statements in order without hoisting, so what
 * matters is which code runs *now* (same function body, immediately invoked functions, static
 * class members) and which runs *later* (any other function, instance field initializers).
 */
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";

export function isImmediatelyInvoked(fn: NodePath): boolean {
  const parent = fn.parentPath;
  if (!parent) return false;
  if (parent.isCallExpression() && parent.node.callee === fn.node) return true;
  // (function () { … }).call(this) — the form older bundlers emit.
  if (parent.isMemberExpression() && parent.node.object === fn.node && !parent.node.computed) {
    const property = parent.node.property;
    const grand = parent.parentPath;
    return (
      t.isIdentifier(property) &&
      (property.name === "call" || property.name === "apply") &&
      !!grand?.isCallExpression() &&
      grand.node.callee === parent.node
    );
  }
  return false;
}

/** The function (or program) whose execution runs the code at `path`. */
export function executionContext(path: NodePath): NodePath {
  let current = path.parentPath;
  let child: NodePath = path;
  while (current) {
    if (current.isProgram()) return current;
    if (current.isFunction() && !isImmediatelyInvoked(current)) return current;
    // Instance field initializers run at construction time, not where the class is declared.
    if ((current.isClassProperty() || current.isClassPrivateProperty()) && !current.node.static && child.node === current.node.value) {
      return current;
    }
    child = current;
    current = current.parentPath;
  }
  return child;
}

const TYPE_ONLY_TYPES = new Set([
  "TSTypeAnnotation",
  "TSTypeParameterDeclaration",
  "TSTypeParameterInstantiation",
  "TSInterfaceDeclaration",
  "TSTypeAliasDeclaration",
  "TSDeclareFunction",
  "TSDeclareMethod",
  "TSIndexSignature",
  "TSPropertySignature",
  "TSMethodSignature",
  "TSInterfaceBody",
  "TSExpressionWithTypeArguments",
  "TSClassImplements",
  "TSInterfaceHeritage",
  "TSImportType",
]);

/** Nodes that vanish when TypeScript is erased, so nothing in them reaches Espruino. */
export function isErasedNode(node: t.Node): boolean {
  if (TYPE_ONLY_TYPES.has(node.type) || t.isTSType(node)) return true;
  if ((t.isVariableDeclaration(node) || t.isClassDeclaration(node) || t.isTSModuleDeclaration(node) || t.isTSEnumDeclaration(node)) && node.declare) return true;
  if ((t.isClassProperty(node) || t.isClassMethod(node)) && ((node as t.ClassProperty).declare || (node as t.ClassMethod).abstract)) return true;
  if (t.isImportDeclaration(node) && node.importKind === "type") return true;
  if (t.isExportNamedDeclaration(node) && node.exportKind === "type") return true;
  return false;
}

export function isInErasedCode(path: NodePath): boolean {
  for (let p: NodePath | null = path; p; p = p.parentPath) {
    if (isErasedNode(p.node)) return true;
    if (p.isStatement() && !p.isDeclaration()) return false;
  }
  return false;
}

/** The global named `name` as seen from `path`, i.e. not shadowed by any local binding. */
export function isGlobalReference(path: NodePath, name: string): boolean {
  return !path.scope.hasBinding(name, { noGlobals: true });
}

export function startLine(node: t.Node): number {
  return node.loc?.start.line ?? 0;
}
