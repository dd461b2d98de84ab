/**
 * Espruino does not inherit static members: `class B extends A {}` then `B.create()` throws even
 * though TypeScript (and Node) accept it. Refuse static members reached through a subclass.
 */
import type { Binding, NodePath, Visitor } from "@babel/traverse";
import * as t from "@babel/types";
import type { Report } from "./report";

function classOf(binding: Binding | undefined): NodePath<t.Class> | undefined {
  if (!binding || binding.constantViolations.length > 0) return undefined;
  const path = binding.path;
  if (path.isClassDeclaration()) return path;
  if (path.isVariableDeclarator()) {
    const init = path.get("init");
    if (!Array.isArray(init) && init.isClassExpression()) return init;
  }
  return undefined;
}

function staticNames(cls: t.Class): Set<string> {
  const names = new Set<string>();
  for (const member of cls.body.body) {
    if (!(t.isClassMethod(member) || t.isClassProperty(member)) || !member.static || member.computed) continue;
    if (t.isIdentifier(member.key)) names.add(member.key.name);
    else if (t.isStringLiteral(member.key)) names.add(member.key.value);
  }
  return names;
}

function superClassOf(cls: NodePath<t.Class>): NodePath<t.Class> | undefined {
  const superClass = cls.node.superClass;
  if (!t.isIdentifier(superClass)) return undefined;
  return classOf(cls.scope.getBinding(superClass.name));
}

/** The ancestor class that declares static `name`, when `cls` itself does not. */
function inheritedFrom(cls: NodePath<t.Class>, name: string): NodePath<t.Class> | undefined {
  if (staticNames(cls.node).has(name)) return undefined;
  const seen = new Set<t.Node>([cls.node]);
  for (let ancestor = superClassOf(cls); ancestor && !seen.has(ancestor.node); ancestor = superClassOf(ancestor)) {
    seen.add(ancestor.node);
    if (staticNames(ancestor.node).has(name)) return ancestor;
  }
  return undefined;
}

function className(cls: NodePath<t.Class>): string {
  if (cls.node.id) return cls.node.id.name;
  const parent = cls.parentPath;
  return parent?.isVariableDeclarator() && t.isIdentifier(parent.node.id) ? parent.node.id.name : "the base class";
}

/** The class whose static method `path` runs in, when `this` there is that class. */
function staticThisClass(path: NodePath): NodePath<t.Class> | undefined {
  const fn = path.findParent((p) => p.isFunction() && !p.isArrowFunctionExpression());
  if (!fn?.isClassMethod() || !fn.node.static) return undefined;
  const cls = fn.parentPath.parentPath;
  return cls?.isClass() ? cls : undefined;
}

export function classesVisitor(report: Report): Visitor {
  return {
    MemberExpression(path) {
      const { object, property, computed } = path.node;
      if (computed || !t.isIdentifier(property)) return;
      let cls: NodePath<t.Class> | undefined;
      let shown: string;
      if (t.isIdentifier(object)) {
        cls = classOf(path.scope.getBinding(object.name));
        shown = object.name;
      } else if (t.isThisExpression(object)) {
        cls = staticThisClass(path);
        shown = "this";
      } else {
        return;
      }
      if (!cls) return;
      const owner = inheritedFrom(cls, property.name);
      if (!owner) return;
      report(
        path.node,
        "inherited-static",
        `${shown}.${property.name} is a static member inherited from ${className(owner)}; Espruino does not inherit statics, so write ${className(owner)}.${property.name}`,
      );
    },
  };
}
