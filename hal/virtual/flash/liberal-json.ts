/**
 * The lenient JSON reader behind Storage.readJSON: it runs on the interpreter's JavaScript lexer,
 * so unquoted keys, single quotes, \xHH escapes and trailing commas pass, text after the value
 * is ignored, and errors are SyntaxErrors worded like the interpreter's.
 */

type Token =
  | { kind: "str"; value: string }
  | { kind: "num"; value: number }
  | { kind: "id"; value: string }
  | { kind: "punct"; value: string }
  | { kind: "eof" };

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0" };

class Lexer {
  private pos = 0;
  token: Token = { kind: "eof" };

  constructor(private readonly text: string) {
    this.next();
  }

  next(): void {
    const t = this.text;
    while (this.pos < t.length && /\s/.test(t[this.pos])) this.pos++;
    if (this.pos >= t.length) {
      this.token = { kind: "eof" };
      return;
    }
    const c = t[this.pos];
    if (c === '"' || c === "'") {
      this.token = { kind: "str", value: this.readString(c) };
      return;
    }
    const number = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)/.exec(t.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      this.token = { kind: "num", value: Number(number[0]) };
      return;
    }
    const id = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(t.slice(this.pos));
    if (id) {
      this.pos += id[0].length;
      this.token = { kind: "id", value: id[0] };
      return;
    }
    this.pos++;
    this.token = { kind: "punct", value: c };
  }

  describe(): string {
    const tk = this.token;
    if (tk.kind === "eof") return "EOF";
    if (tk.kind === "id") return `ID:${tk.value}`;
    if (tk.kind === "str") return `String:${JSON.stringify(tk.value)}`;
    if (tk.kind === "num") return `Number:${tk.value}`;
    return `'${tk.value}'`;
  }

  private readString(quote: string): string {
    const t = this.text;
    let value = "";
    this.pos++;
    while (this.pos < t.length && t[this.pos] !== quote) {
      let c = t[this.pos++];
      if (c === "\\" && this.pos < t.length) {
        const e = t[this.pos++];
        if (e === "x") {
          c = String.fromCharCode(parseInt(t.slice(this.pos, this.pos + 2), 16));
          this.pos += 2;
        } else if (e === "u") {
          c = String.fromCharCode(parseInt(t.slice(this.pos, this.pos + 4), 16));
          this.pos += 4;
        } else c = ESCAPES[e] ?? e;
      }
      value += c;
    }
    if (this.pos >= t.length) throw new SyntaxError("Unterminated string");
    this.pos++;
    return value;
  }
}

function isPunct(lex: Lexer, value: string): boolean {
  return lex.token.kind === "punct" && lex.token.value === value;
}

function match(lex: Lexer, value: string): void {
  if (!isPunct(lex, value)) throw new SyntaxError(`Got ${lex.describe()} expected '${value}'`);
  lex.next();
}

function parseValue(lex: Lexer): unknown {
  const tk = lex.token;
  if (tk.kind === "id" && (tk.value === "true" || tk.value === "false" || tk.value === "null")) {
    lex.next();
    return tk.value === "null" ? null : tk.value === "true";
  }
  if (tk.kind === "num" || tk.kind === "str") {
    lex.next();
    return tk.value;
  }
  if (isPunct(lex, "-")) {
    lex.next();
    const after = lex.token;
    if (after.kind !== "num") throw new SyntaxError(`Expecting valid value, got ${lex.describe()}`);
    lex.next();
    return -after.value;
  }
  if (isPunct(lex, "[")) {
    lex.next();
    const list: unknown[] = [];
    while (!isPunct(lex, "]")) {
      if (lex.token.kind === "eof") match(lex, "]");
      list.push(parseValue(lex));
      if (!isPunct(lex, "]")) match(lex, ",");
    }
    lex.next();
    return list;
  }
  if (isPunct(lex, "{")) {
    lex.next();
    const object: Record<string, unknown> = {};
    for (let key = lex.token; key.kind === "str" || key.kind === "num" || key.kind === "id"; key = lex.token) {
      lex.next();
      match(lex, ":");
      object[String(key.value)] = parseValue(lex);
      if (!isPunct(lex, "}")) match(lex, ",");
    }
    match(lex, "}");
    return object;
  }
  throw new SyntaxError(`Expecting valid value, got ${lex.describe()}`);
}

/** Parses like Storage.readJSON; throws SyntaxError on bad input. */
export function parseLiberalJson(text: string): unknown {
  return parseValue(new Lexer(text));
}
