import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { expect } from "chai";
import { bundleForEspruino } from "../../scripts/build";
import { loadBoards } from "../../scripts/build/boards";

async function run(mangle: boolean): Promise<{ code: string; lines: string[] }> {
  const board = loadBoards().find((b) => b.id === "virtual")!;
  const { code } = await bundleForEspruino({ entry: join(__dirname, "support", "mangle-probe-entry.ts"), board, mangle });
  const lines: string[] = [];
  // Espruino puts on() and emit() on every object: a property renamed to "on" and read while absent would find it.
  const context = createContext({ console: { log: (line: string) => lines.push(line) } });
  runInContext("Object.prototype.on = function () {}; Object.prototype.emit = function () {};", context);
  runInContext(code, context);
  return { code, lines };
}

describe("a firmware bundle with mangled property names", () => {
  it("behaves as the unmangled one: run-time key lookups, absent options, events as JSON, builtins", async () => {
    const plain = await run(false);
    const mangled = await run(true);
    expect(mangled.lines).to.deep.equal([
      "name lock-released",
      "name lock-relocked",
      "name unknown",
      "pulses 10 reset false",
      'EVT {"t":7,"type":"boot","locker":2,"reason":"none","detail":"probe"}',
      "builtins 2 2 2",
    ]);
    expect(mangled.lines).to.deep.equal(plain.lines);
  });

  it("renames the firmware's own properties (so the test above tests something)", async () => {
    const plain = await run(false);
    const mangled = await run(true);
    expect(plain.code).to.match(/\.pulseMs\b/);
    expect(mangled.code).not.to.match(/pulseMs|resetPin|hasReset/);
    expect(mangled.code.length).to.be.lessThan(plain.code.length);
  });
});

describe("short names chosen by the mangler", () => {
  it("are never the members Espruino puts on every object (on, emit), so an absent property reads undefined", async () => {
    // Enough properties that every two-letter name would be handed out.
    const names = Array.from({ length: 3000 }, (_, i) => `optionNumber${i}`);
    const dir = mkdtempSync(join(tmpdir(), "mangle-"));
    const entry = join(dir, "many-options-entry.ts");
    writeFileSync(
      entry,
      `const present: { ${names.map((n) => `${n}?: number`).join("; ")} } = {};\n` +
        `let defined = 0;\n` +
        names.map((n) => `if (present.${n} !== undefined) defined++;`).join("\n") +
        `\nconsole.log("defined " + defined);\n`,
    );
    try {
      const board = loadBoards().find((b) => b.id === "virtual")!;
      const { code } = await bundleForEspruino({ entry, board, mangle: true });
      const lines: string[] = [];
      const context = createContext({ console: { log: (line: string) => lines.push(line) } });
      runInContext("Object.prototype.on = function () {}; Object.prototype.emit = function () {};", context);
      runInContext(code, context);
      expect(lines).to.deep.equal(["defined 0"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
