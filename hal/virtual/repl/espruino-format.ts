/**
 * How Espruino's REPL prints the value of a line ("=<value>") and an uncaught exception
 * ("Uncaught <value>"). Modelled on the interpreter's jsfGetJSONWithCallback with the flags the
 * REPL uses (limit, some newlines, pretty, object names, unquoted identifier keys).
 *
 * Values come from another realm (the board's vm context), so nothing here uses `instanceof`.
 */

const LIMIT_AMOUNT = 15; // arrays longer than this are shown as their first and last items
const LIMITED_AMOUNT = 5;
const LIMIT_STRING_AMOUNT = 40;
const LIMITED_STRING_AMOUNT = 17;
const ITEMS_ON_LINE_OBJECT = 4;
const LIMIT_TEXT = " ... ";

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const integerish = /^-?[0-9]+$/;

/** The interpreter prints numbers with about 12 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value < 0 ? "-Infinity" : "Infinity";
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const text = value.toPrecision(12);
  if (text.includes("e")) {
    const [mantissa, exponent] = text.split("e");
    return `${trimFraction(mantissa)}e${exponent}`;
  }
  return trimFraction(text);
}

function trimFraction(text: string): string {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** `%q`: a double-quoted string with the interpreter's escapes. */
export function quoteString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0").toUpperCase()}`;
    else if (code > 255) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `%v`: what String(value) gives on the interpreter, as far as the host can tell. */
export function plainString(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return value;
  if (isErrorLike(value)) return errorText(value);
  try {
    return String(value);
  } catch {
    return "[object Object]";
  }
}

/** The text after "Uncaught " for a thrown value. */
export function formatUncaught(thrown: unknown): string {
  return plainString(thrown);
}

interface ErrorLike {
  message: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  const ctor = proto && typeof proto.constructor === "function" ? (proto.constructor as { name?: unknown }).name : "";
  return typeof ctor === "string" && /Error$/.test(ctor) && "message" in value;
}

function errorText(error: ErrorLike): string {
  const ctor = Object.getPrototypeOf(error).constructor.name as string;
  const message = plainString(error.message);
  return message === "" ? ctor : `${ctor}: ${message}`;
}

function typedArrayName(value: object): string | undefined {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return /^(Ui|I)nt(8|16|32)(Clamped)?Array$|^Float(32|64)Array$|^ArrayBuffer$/.test(tag) ? tag : undefined;
}

function functionText(fn: Function): string {
  let source = "";
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    /* a revoked proxy or similar: print no parameters */
  }
  if (/\[native code\]/.test(source)) return "function () { [native code] }";
  const match = /^[^(]*\(([^)]*)\)/.exec(source) ?? /^\s*([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  const params = match ? match[1].split(",").map((p) => p.trim()).filter((p) => p !== "").join(",") : "";
  return `function (${params}) {${LIMIT_TEXT}}`;
}

function needsNewLine(value: unknown): boolean {
  return !(value === undefined || value === null || typeof value === "number" || typeof value === "boolean");
}

function newLine(indent: number): string {
  return `\n${"  ".repeat(indent)}`;
}

/** Format the value of a REPL line as the interpreter prints it after "=". */
export function formatResult(value: unknown): string {
  return format(value, 0, new Set<object>());
}

function format(value: unknown, indent: number, seen: Set<object>): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return formatNumber(value);
    case "boolean":
      return String(value);
    case "string":
      return value.length > LIMIT_STRING_AMOUNT
        ? `${quoteString(value.slice(0, LIMITED_STRING_AMOUNT))}${LIMIT_TEXT}${quoteString(value.slice(-LIMITED_STRING_AMOUNT))}`
        : quoteString(value);
    case "function":
      return functionText(value);
    case "object":
      break;
    default:
      return plainString(value);
  }
  const object = value as object;
  if (seen.has(object)) return LIMIT_TEXT;
  seen.add(object);
  try {
    if (Array.isArray(object)) return formatArray(object, indent, seen);
    const typed = typedArrayName(object);
    if (typed) return formatTypedArray(object, typed);
    return formatObject(object, indent, seen);
  } finally {
    seen.delete(object);
  }
}

function formatArray(array: unknown[], indent: number, seen: Set<object>): string {
  const limited = array.length > LIMIT_AMOUNT;
  let out = "[ ";
  let needNewLineNext = false;
  let first = true;
  for (let i = 0; i < array.length; i++) {
    if (limited && i >= LIMITED_AMOUNT && i < array.length - LIMITED_AMOUNT) continue;
    const item = array[i];
    if (!first) out += ", ";
    first = false;
    if (limited && i === array.length - LIMITED_AMOUNT) out += LIMIT_TEXT;
    const itemNeedsNewLine = needsNewLine(item);
    if (needNewLineNext || itemNeedsNewLine) out += newLine(indent + 1);
    out += format(item, indent + 1, seen);
    needNewLineNext = itemNeedsNewLine;
  }
  if (needNewLineNext) out += newLine(indent);
  return `${out} ]`;
}

function formatTypedArray(value: object, name: string): string {
  const isBuffer = name === "ArrayBuffer";
  const bytes = isBuffer ? new Uint8Array(value as ArrayBuffer) : (value as ArrayLike<number>);
  const items = Array.prototype.slice.call(bytes) as number[];
  const shownName = isBuffer ? "Uint8Array" : name;
  if (items.every((v) => v === 0)) return `new ${name}(${items.length})`;
  const limited = items.length > LIMIT_AMOUNT;
  const parts: string[] = [];
  items.forEach((v, i) => {
    if (limited && i >= LIMITED_AMOUNT && i < items.length - LIMITED_AMOUNT) return;
    parts.push(`${limited && i === items.length - LIMITED_AMOUNT ? LIMIT_TEXT : ""}${formatNumber(v)}`);
  });
  return `new ${shownName}([${parts.join(", ")}])${isBuffer ? ".buffer" : ""}`;
}

function objectNamePrefix(object: object): { prefix: string; replacement?: string } {
  const proto = Object.getPrototypeOf(object);
  if (!proto || Object.getPrototypeOf(proto) === null) return { prefix: "" }; // plain object
  const ctor = proto.constructor as { name?: unknown } | undefined;
  const name = ctor && typeof ctor.name === "string" ? ctor.name : "";
  if (name === "" || name === "Object") return { prefix: "" };
  // A non-default toString (Date, Error, user classes that define one) is printed instead of contents.
  const ownToString = (object as { toString?: unknown }).toString;
  if (typeof ownToString === "function" && ownToString !== Object.prototype.toString && !/\[native code\]/.test(safeSource(ownToString))) {
    return { prefix: `${name}: `, replacement: plainString(callToString(object)) };
  }
  if (name === "Date" || isErrorLike(object)) return { prefix: `${name}: `, replacement: plainString(object) };
  return { prefix: `${name}: ` };
}

function safeSource(fn: unknown): string {
  try {
    return Function.prototype.toString.call(fn);
  } catch {
    return "";
  }
}

function callToString(object: object): unknown {
  try {
    return (object as { toString(): unknown }).toString();
  } catch {
    return "";
  }
}

function formatObject(object: object, indent: number, seen: Set<object>): string {
  const { prefix, replacement } = objectNamePrefix(object);
  if (replacement !== undefined) return `${prefix}${replacement}`;
  let out = `${prefix}{ `;
  let first = true;
  let needNewLineNext = false;
  let sinceNewLine = 0;
  for (const key of Object.keys(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!descriptor || descriptor.get || descriptor.set) continue;
    const item = descriptor.value;
    sinceNewLine++;
    if (!first) out += ", ";
    const itemNeedsNewLine = needsNewLine(item);
    if (sinceNewLine > ITEMS_ON_LINE_OBJECT) needNewLineNext = true;
    if (needNewLineNext || itemNeedsNewLine) {
      out += newLine(indent + 1);
      sinceNewLine = 0;
    }
    const bareKey = integerish.test(key) || (key.length < 63 && identifier.test(key));
    out += `${bareKey ? key : quoteString(key)}: ${format(item, indent + 1, seen)}`;
    first = false;
    needNewLineNext = itemNeedsNewLine;
  }
  if (needNewLineNext) out += newLine(indent);
  return `${out} }`;
}
