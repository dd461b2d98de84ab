/**
 * Decides whether Espruino's REPL executes the input line on Enter or waits for more: it lexes
 * the line and counts open brackets. Brackets inside strings, template literals, comments and
 * regular expressions do not count. An unfinished string executes at once (so it can raise its
 * error); an unfinished comment or template literal keeps the line open.
 */

const KEEP_OPEN = 1000;

/** > 0: keep reading lines; <= 0: execute. */
export function bracketDepth(source: string): number {
  let depth = 0;
  let i = 0;
  // Whether a "/" here would start a regular expression rather than divide.
  let regexAllowed = true;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (ch === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end < 0) return KEEP_OPEN;
      i = end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = endOfQuoted(source, i, ch);
      if (end < 0) return 0;
      i = end;
      regexAllowed = false;
      continue;
    }
    if (ch === "`") {
      const end = endOfQuoted(source, i, "`");
      if (end < 0) return KEEP_OPEN;
      i = end;
      regexAllowed = false;
      continue;
    }
    if (ch === "/" && regexAllowed) {
      const end = endOfRegex(source, i);
      if (end < 0) return 0;
      i = end;
      regexAllowed = false;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth < 0) return depth;
    }
    if (!/\s/.test(ch)) regexAllowed = !/[\w$)\]}]/.test(ch);
    i++;
  }
  return depth;
}

/** Index just after the closing quote, or -1 if the line ends first. */
function endOfQuoted(source: string, start: number, quote: string): number {
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === quote) return i + 1;
    if (ch === "\n" && quote !== "`") return -1;
  }
  return -1;
}

function endOfRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "\n") return -1;
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    else if (ch === "/" && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/i.test(source[end])) end++;
      return end;
    }
  }
  return -1;
}
