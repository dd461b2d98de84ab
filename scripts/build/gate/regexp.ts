/**
 * Finds the RegExp features ESPRUINO.md measured as silently wrong (no match, wrong match) or
 * throwing on Espruino. Host tests would pass with them, so the build must refuse them.
 */
export interface RegexpProblem {
  rule: string;
  message: string;
}

const QUANTIFIER_BRACES = /^\{\d+(,\d*)?\}/;

export function regexpProblems(pattern: string, flags: string): RegexpProblem[] {
  const found = new Map<string, string>();
  const note = (rule: string, message: string) => {
    if (!found.has(rule)) found.set(rule, message);
  };

  const badFlags = flags.split("").filter((f) => f !== "g" && f !== "i");
  if (badFlags.length > 0) {
    note("regexp-flag", `RegExp flag(s) "${badFlags.join("")}" are not supported (the m flag makes Espruino return no match); only g and i work`);
  }

  let inClass = false;
  let groupDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (!inClass) {
        if (next === "b" || next === "B") {
          note("regexp-word-boundary", `\\${next} never matches on Espruino; test the neighbouring characters explicitly (e.g. (^|[^\\w]) or a check in code)`);
        } else if (/[1-9]/.test(next)) {
          note("regexp-backreference", "backreferences (\\1…) throw on Espruino; compare the captured groups in code");
        } else if (next === "k" && pattern[i + 2] === "<") {
          note("regexp-backreference", "named backreferences (\\k<name>) throw on Espruino; compare the captured groups in code");
        }
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      // A leading "]" (or "^]") is a literal member of the class in JavaScript.
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
      continue;
    }
    if (c === "(") {
      groupDepth++;
      if (pattern[i + 1] === "?") {
        const kind = pattern[i + 2];
        const after = pattern[i + 3];
        if (kind === ":") {
          note("regexp-non-capturing-group", "(?:…) never matches on Espruino; use a capturing group (…) and ignore its index");
        } else if (kind === "=" || kind === "!" || (kind === "<" && (after === "=" || after === "!"))) {
          note("regexp-lookaround", "lookahead/lookbehind never matches on Espruino; check the following/preceding text in code");
        } else if (kind === "<") {
          note("regexp-named-group", "named groups (?<name>…) are not supported on Espruino; use a numbered capturing group");
        }
      }
      continue;
    }
    if (c === ")") {
      if (groupDepth > 0) groupDepth--;
      continue;
    }
    if (c === "|" && groupDepth > 0) {
      note("regexp-group-alternation", "alternation inside a group matches wrongly on Espruino; use separate RegExps or top-level alternation only");
      continue;
    }
    if (c === "{" && QUANTIFIER_BRACES.test(pattern.slice(i))) {
      note("regexp-quantifier-braces", "{n} / {n,m} quantifiers never match on Espruino; repeat the atom (\\d\\d\\d), use + / * and check the length in code");
    }
  }
  return [...found].map(([rule, message]) => ({ rule, message }));
}
