/**
 * An estimate of the JsVars (Espruino's fixed-size memory blocks) the firmware's data would take
 * on the interpreter, so `process.memory()` and the bench give board-like figures. Deterministic:
 * the same program state always gives the same count.
 *
 * Model (after src/jsvar.c; one JsVar is 12–16 bytes):
 * - a string: 1 block holding up to 4 characters, +1 per further 12 characters;
 * - a property or array element: 1 block for its name (names over 4 characters cost as strings),
 *   whose value is inline when it is a boolean, null, undefined or a 32-bit integer; a float
 *   costs 1 more, a string its string cost, an object is counted once wherever it is referenced;
 * - an object or array: 1 block + its properties; a prototype that is not built in counts too;
 *   an object made by `new` (or Object.create) holds its prototype in a `__proto__` property
 *   (jspeConstruct: a JsVar has no prototype slot), so it costs that property's name too, once
 *   per object: plain object literals and arrays have none;
 * - a typed array: 1 for the view + 1 for its ArrayBuffer + the bytes as a string;
 * - a function: 1 + 1 per parameter + 1 scope link + its code: when the board runs code from
 *   memory-mapped flash (board.codeInFlash) the code is 1 block referencing flash, otherwise the
 *   function's source text as a string; plus its closure scopes (each once), reached with the
 *   V8 inspector ([[Scopes]]), since closures are invisible to reflection. V8 keeps only the
 *   variables a closure uses, Espruino the whole scope: the estimate is low there.
 *   Scopes are told apart by their variables' names and values (identical scopes merge);
 * - timers and watches: 4 and 6 blocks each, plus their callbacks;
 * - built-ins cost nothing (they live in the interpreter's flash) unless the firmware adds
 *   properties to them (`E.on(...)`), and a fixed base for the interpreter's own root objects.
 */
import { Session } from "node:inspector";

export const BASE_VARIABLES = 50;
const INLINE_NAME_CHARS = 4;
const CHARS_PER_EXTRA_BLOCK = 12;

export function stringBlocks(length: number): number {
  return 1 + Math.ceil(Math.max(0, length - INLINE_NAME_CHARS) / CHARS_PER_EXTRA_BLOCK);
}

function nameBlocks(name: string): number {
  return name.length <= INLINE_NAME_CHARS ? 1 : stringBlocks(name.length);
}

export interface MemoryRoots {
  global: object;
  /** Global names present before any firmware ran, with their values then. */
  builtinGlobals: Map<string, unknown>;
  /** Built-in objects with the property names they had before any firmware ran. */
  builtinObjects: Map<object, Set<string>>;
  timerCallbacks: unknown[];
  watchCallbacks: unknown[];
  codeInFlash: boolean;
  functionSource(fn: unknown): string;
  /** False for host objects the board exposes (its built-in functions): they cost one block, never walked. */
  belongsToBoard(value: object): boolean;
}

interface InspectorObject {
  type: string;
  value?: unknown;
  objectId?: string;
  description?: string;
}

export class JsVarEstimator {
  private session: Session | undefined;

  estimate(roots: MemoryRoots): number {
    const seen = new Set<unknown>();
    const seenScopes = new Set<string>();
    let total = BASE_VARIABLES;
    seen.add(roots.global);
    // Visiting adds to total as a side effect: never write `total += f()` (the old total would win).
    const add = (blocks: number) => {
      total += blocks;
    };

    const valueBlocks = (value: unknown): number => {
      switch (typeof value) {
        case "number":
          return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 0 : 1;
        case "string":
          return stringBlocks(value.length);
        case "object":
        case "function":
          if (value === null) return 0;
          visit(value as object);
          return 0;
        default:
          return 0;
      }
    };

    const visit = (obj: object): void => {
      if (seen.has(obj)) return;
      seen.add(obj);
      if (!roots.belongsToBoard(obj)) {
        total += 1;
        return;
      }
      const builtinNames = roots.builtinObjects.get(obj);
      if (builtinNames) {
        for (const name of Object.getOwnPropertyNames(obj)) {
          if (builtinNames.has(name)) continue;
          add(nameBlocks(name) + ownValueBlocks(obj, name));
        }
        return;
      }
      if (ArrayBuffer.isView(obj)) {
        total += 1;
        const buffer = (obj as ArrayBufferView).buffer;
        if (!seen.has(buffer)) {
          seen.add(buffer);
          total += 1 + stringBlocks(buffer.byteLength);
        }
        return;
      }
      const bufferLength = arrayBufferLength(obj);
      if (bufferLength !== undefined) {
        total += 1 + stringBlocks(bufferLength);
        return;
      }
      total += 1;
      if (typeof obj === "function") {
        add(functionBlocks(obj as (...args: unknown[]) => unknown));
      } else if (!Array.isArray(obj) && hasPrototypeLink(obj, roots)) {
        add(nameBlocks(PROTOTYPE_LINK));
      }
      for (const name of Object.getOwnPropertyNames(obj)) {
        if (typeof obj === "function" && (name === "length" || name === "name" || name === "prototype" || name === "arguments" || name === "caller")) continue;
        if (Array.isArray(obj) && name === "length") continue;
        add(nameBlocks(name) + ownValueBlocks(obj, name));
      }
      if (typeof obj === "function") {
        const proto = (obj as { prototype?: object }).prototype;
        if (proto && Object.getOwnPropertyNames(proto).some((n) => n !== "constructor")) visit(proto);
      }
      const proto = Object.getPrototypeOf(obj);
      if (proto && !roots.builtinObjects.has(proto) && !isIntrinsicPrototype(proto)) visit(proto);
    };

    const ownValueBlocks = (obj: object, name: string): number => {
      const descriptor = Object.getOwnPropertyDescriptor(obj, name);
      if (!descriptor) return 0;
      if ("value" in descriptor) return valueBlocks(descriptor.value);
      return valueBlocks(descriptor.get) + valueBlocks(descriptor.set);
    };

    const functionBlocks = (fn: (...args: unknown[]) => unknown): number => {
      let source = "";
      try {
        source = roots.functionSource(fn);
      } catch {
        return 1;
      }
      if (/\{\s*\[native code\]\s*\}\s*$/.test(source)) return 0;
      let blocks = fn.length + 1;
      blocks += roots.codeInFlash ? 1 : stringBlocks(source.length);
      for (const scope of this.closureScopes(fn)) {
        if (seenScopes.has(scope.key)) continue;
        seenScopes.add(scope.key);
        blocks += 1;
        for (const [name, value] of scope.variables) {
          const cost = nameBlocks(name) + valueBlocks(value);
          blocks += cost;
        }
      }
      return blocks;
    };

    for (const name of Object.getOwnPropertyNames(roots.global)) {
      const descriptor = Object.getOwnPropertyDescriptor(roots.global, name);
      const value = descriptor && "value" in descriptor ? descriptor.value : undefined;
      if (roots.builtinGlobals.has(name) && roots.builtinGlobals.get(name) === value) {
        if (value && (typeof value === "object" || typeof value === "function") && roots.builtinObjects.has(value as object)) visit(value as object);
        continue;
      }
      add(nameBlocks(name) + ownValueBlocks(roots.global, name));
    }
    for (const cb of roots.timerCallbacks) add(4 + valueBlocks(cb));
    for (const cb of roots.watchCallbacks) add(6 + valueBlocks(cb));
    return total;
  }

  dispose(): void {
    this.session?.disconnect();
    this.session = undefined;
  }

  /** The closure and script scopes of a function, through the inspector (synchronous in-process). */
  private closureScopes(fn: unknown): Array<{ key: string; variables: Array<[string, unknown]> }> {
    const handoff = globalThis as unknown as Record<string, unknown>;
    const post = (method: string, params: object): Record<string, unknown> => {
      let result: Record<string, unknown> | undefined;
      let failure: Error | null = null;
      this.session!.post(method, params, (err, res) => {
        failure = err;
        result = res as Record<string, unknown>;
      });
      if (failure) throw failure;
      if (!result) throw new Error(`inspector ${method} did not answer synchronously`);
      return result;
    };
    if (!this.session) {
      this.session = new Session();
      this.session.connect();
    }
    handoff.__virtualBoardMemoryTarget = fn;
    const scopes: Array<{ key: string; variables: Array<[string, unknown]> }> = [];
    try {
      const target = post("Runtime.evaluate", { expression: "globalThis.__virtualBoardMemoryTarget" }).result as InspectorObject;
      const props = post("Runtime.getProperties", { objectId: target.objectId, ownProperties: true });
      const internal = (props.internalProperties as Array<{ name: string; value?: InspectorObject }>) ?? [];
      const scopesList = internal.find((p) => p.name === "[[Scopes]]");
      if (!scopesList?.value?.objectId) return scopes;
      const entries = post("Runtime.getProperties", { objectId: scopesList.value.objectId, ownProperties: true }).result as Array<{ name: string; value?: InspectorObject }>;
      for (const entry of entries) {
        const description = entry.value?.description ?? "";
        if (!entry.value?.objectId || !/^(Closure|Script|Block)/.test(description)) continue;
        const vars = post("Runtime.getProperties", { objectId: entry.value.objectId, ownProperties: true }).result as Array<{ name: string; value?: InspectorObject }>;
        const variables: Array<[string, unknown]> = [];
        const keyParts: string[] = [description];
        for (const v of vars) {
          if (!v.value) continue;
          let value: unknown = v.value.value;
          if (v.value.objectId) {
            let captured: unknown;
            handoff.__virtualBoardMemoryHandoff = (x: unknown) => {
              captured = x;
            };
            post("Runtime.callFunctionOn", { objectId: v.value.objectId, functionDeclaration: "function () { globalThis.__virtualBoardMemoryHandoff(this); }" });
            value = captured;
          }
          variables.push([v.name, value]);
          keyParts.push(`${v.name}=${identityKey(value)}`);
        }
        scopes.push({ key: description.startsWith("Script") ? "Script" : keyParts.join("|"), variables });
      }
    } finally {
      delete handoff.__virtualBoardMemoryTarget;
      delete handoff.__virtualBoardMemoryHandoff;
    }
    return scopes;
  }
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identityKey(value: unknown): string {
  if (value && (typeof value === "object" || typeof value === "function")) {
    let id = identities.get(value as object);
    if (!id) {
      id = nextIdentity++;
      identities.set(value as object, id);
    }
    return `#${id}`;
  }
  return `${typeof value}:${String(value)}`;
}

const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;
/** Byte length of an ArrayBuffer of any realm; undefined for anything else (its prototype included). */
function arrayBufferLength(obj: object): number | undefined {
  try {
    return byteLengthGetter.call(obj) as number;
  } catch {
    return undefined;
  }
}

const PROTOTYPE_LINK = "__proto__";

/** Whether Espruino would give this object a `__proto__` child: any prototype but Object.prototype. */
function hasPrototypeLink(obj: object, roots: MemoryRoots): boolean {
  const proto = Object.getPrototypeOf(obj);
  if (proto === null) return false;
  const objectConstructor = roots.builtinGlobals.get("Object") as { prototype?: unknown } | undefined;
  return objectConstructor === undefined || proto !== objectConstructor.prototype;
}

function isIntrinsicPrototype(proto: object): boolean {
  const ctor = (proto as { constructor?: unknown }).constructor;
  if (typeof ctor !== "function") return false;
  return (ctor as { prototype?: unknown }).prototype === proto && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(ctor));
}
