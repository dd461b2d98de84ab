/**
 * Order-dependent rules. Espruino runs statements in order and hoists nothing: a function,
 * class or variable used (directly, or through functions called right now) before its
 * declaration line has run throws. And `for (let …)` shares one binding across iterations, so
 * closures made in the loop see the last value.
 */
import type { Binding, NodePath, Scope } from "@babel/traverse";
import * as t from "@babel/types";
import { executionContext, isImmediatelyInvoked, isInErasedCode, startLine } from "./ast-context";
import type { Report } from "./report";

interface Declared {
  binding: Binding;
  name: string;
  context: t.Node;
  /** Source offset from which the binding exists at run time. */
  point: number;
  line: number;
}

interface Use {
  path: NodePath;
  declared: Declared;
}

/** The latest-declared binding (per execution context) that running a function touches. */
type Needs = Map<t.Node, Use>;

function declarationOf(binding: Binding): Declared | undefined {
  if (binding.kind !== "var" && binding.kind !== "let" && binding.kind !== "const" && binding.kind !== "hoisted") return undefined;
  const path = binding.path;
  if (!path.isVariableDeclarator() && !path.isFunctionDeclaration() && !path.isClassDeclaration()) return undefined;
  if (isInErasedCode(path)) return undefined;
  const start = path.node.start;
  if (start === null || start === undefined) return undefined;
  return { binding, name: binding.identifier.name, context: executionContext(path).node, point: start, line: startLine(path.node) };
}

/** The code a call to this binding runs immediately (its body), if it is a known function or class. */
function callableOf(binding: Binding): NodePath | undefined {
  if (binding.constantViolations.length > 0) return undefined;
  const path = binding.path;
  if (path.isFunctionDeclaration() || path.isClassDeclaration()) return path;
  if (path.isVariableDeclarator()) {
    const init = path.get("init");
    if (!Array.isArray(init) && (init.isFunctionExpression() || init.isArrowFunctionExpression() || init.isClassExpression())) return init;
  }
  return undefined;
}

function isExecutedReference(ref: NodePath): boolean {
  const parent = ref.parentPath;
  if (!parent) return false;
  if (parent.isExportSpecifier() || parent.isTSDeclareFunction()) return false;
  return !isInErasedCode(ref);
}

function calledBinding(ref: NodePath, declaredOf: (b: Binding) => Declared | undefined): Binding | undefined {
  const parent = ref.parentPath;
  if (!parent || !(parent.isCallExpression() || parent.isNewExpression()) || parent.node.callee !== ref.node) return undefined;
  if (!ref.isIdentifier()) return undefined;
  const binding = ref.scope.getBinding(ref.node.name);
  return binding && declaredOf(binding) ? binding : undefined;
}

export function checkOrder(program: NodePath<t.Program>, report: Report): void {
  const scopes = new Set<Scope>();
  program.traverse({
    Scopable(path) {
      scopes.add(path.scope);
    },
  });
  scopes.add(program.scope);

  const declaredByBinding = new Map<Binding, Declared>();
  for (const scope of scopes) {
    for (const binding of Object.values(scope.bindings)) {
      const declared = declarationOf(binding);
      if (declared) declaredByBinding.set(binding, declared);
    }
  }
  const declaredOf = (b: Binding) => declaredByBinding.get(b);

  // Every executed use, grouped by the function (or program) whose run executes it.
  const usesByContext = new Map<t.Node, Use[]>();
  for (const declared of declaredByBinding.values()) {
    // Babel also lists `export function f` itself as a reference of f: keep identifiers only.
    const refs = [...declared.binding.referencePaths.filter((ref) => ref.isIdentifier()), ...declared.binding.constantViolations];
    for (const ref of refs) {
      if (ref.node === declared.binding.path.node || !isExecutedReference(ref)) continue;
      const context = executionContext(ref).node;
      let list = usesByContext.get(context);
      if (!list) usesByContext.set(context, (list = []));
      list.push({ path: ref, declared });
    }
  }

  // 1. Direct use before the declaration in the same running code.
  for (const [context, uses] of usesByContext) {
    for (const use of uses) {
      const start = use.path.node.start ?? 0;
      if (use.declared.context === context && start < use.declared.point) {
        report(
          use.path.node,
          "use-before-declaration",
          `${use.declared.name} is used before its declaration (line ${use.declared.line}); Espruino does not hoist, so move the declaration above this line`,
        );
      }
    }
  }

  // 2. Use before declaration through a function (or constructor) called right now.
  const needsMemo = new Map<t.Node, Needs>();
  const inProgress = new Set<t.Node>();
  const contextsRunBy = (callable: NodePath): t.Node[] => {
    if (callable.isFunction()) return [callable.node];
    // A class: its constructor and instance field initializers run on `new`.
    const contexts: t.Node[] = [];
    for (const member of (callable.node as t.Class).body.body) {
      if ((t.isClassMethod(member) && member.kind === "constructor") || ((t.isClassProperty(member) || t.isClassPrivateProperty(member)) && !member.static)) {
        contexts.push(member);
      }
    }
    return contexts;
  };
  const needsOf = (callable: NodePath): Needs => {
    const memo = needsMemo.get(callable.node);
    if (memo) return memo;
    const needs: Needs = new Map();
    if (inProgress.has(callable.node)) return needs; // recursion: the first visit collects it
    inProgress.add(callable.node);
    const merge = (use: Use) => {
      const known = needs.get(use.declared.context);
      if (!known || known.declared.point < use.declared.point) needs.set(use.declared.context, use);
    };
    for (const context of contextsRunBy(callable)) {
      for (const use of usesByContext.get(context) ?? []) {
        merge(use);
        const callee = calledBinding(use.path, declaredOf);
        const body = callee && callableOf(callee);
        if (body) for (const inner of needsOf(body).values()) merge(inner);
      }
    }
    if (callable.isClass()) {
      const superClass = callable.get("superClass");
      if (!Array.isArray(superClass) && superClass.isIdentifier()) {
        const binding = superClass.scope.getBinding(superClass.node.name);
        const body = binding && callableOf(binding);
        if (body) for (const inner of needsOf(body).values()) merge(inner);
      }
    }
    inProgress.delete(callable.node);
    needsMemo.set(callable.node, needs);
    return needs;
  };

  for (const [context, uses] of usesByContext) {
    for (const use of uses) {
      const callee = calledBinding(use.path, declaredOf);
      const body = callee && callableOf(callee);
      if (!callee || !body) continue;
      const callStart = use.path.node.start ?? 0;
      if (callStart < declaredOf(callee)!.point && declaredOf(callee)!.context === context) continue; // already reported
      const late = needsOf(body).get(context);
      if (late && late.declared.point > callStart && late.declared.binding !== callee) {
        report(
          use.path.parentPath!.node,
          "use-before-declaration",
          `${use.path.parentPath!.isNewExpression() ? "new " : "calling "}${callee.identifier.name}() here uses ${late.declared.name} (line ${startLine(late.path.node)}) before its declaration (line ${late.declared.line}); Espruino does not hoist, so declare ${late.declared.name} above this call`,
        );
      }
    }
  }
}

function loopHeadDeclaration(loop: NodePath): t.VariableDeclaration | undefined {
  const node = loop.node;
  const head = t.isForStatement(node) ? node.init : t.isForInStatement(node) || t.isForOfStatement(node) ? node.left : null;
  if (t.isVariableDeclaration(head) && (head.kind === "let" || head.kind === "const")) return head;
  return undefined;
}

/** The nearest function around `path` that runs later (not immediately invoked), if it lies inside `outer`. */
function deferredFunctionWithin(path: NodePath, outer: t.Node): t.Node | undefined {
  for (let p = path.parentPath; p && p.node !== outer; p = p.parentPath) {
    if (p.isFunction() && !isImmediatelyInvoked(p)) return p.node;
  }
  return undefined;
}

export function loopClosureVisitor(report: Report) {
  return {
    "ForStatement|ForInStatement|ForOfStatement"(loop: NodePath) {
      const head = loopHeadDeclaration(loop);
      if (!head) return;
      const names = Object.keys(t.getBindingIdentifiers(head));
      for (const name of names) {
        const binding = loop.scope.getBinding(name);
        if (!binding) continue;
        const reported = new Set<t.Node>();
        for (const ref of [...binding.referencePaths, ...binding.constantViolations]) {
          const closure = deferredFunctionWithin(ref, loop.node);
          if (!closure || reported.has(closure)) continue;
          reported.add(closure);
          report(
            ref.node,
            "loop-closure-capture",
            `this closure captures \`${head.kind} ${name}\` from the loop head; Espruino shares one binding across iterations, so every closure sees the last value — copy it into a parameter (make the closure in a separate function called with ${name})`,
          );
        }
      }
    },
  };
}
