import { expect } from "chai";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "mocha";
import { checkBundle, checkFirmwareSources, formatViolation } from "../../scripts/build/gate";

describe("build gate: violations name file, line and column", () => {
  const dir = mkdtempSync(join(tmpdir(), "gate-files-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("formats a violation as file:line:column [rule] message", () => {
    expect(formatViolation({ file: "src/x.ts", line: 12, column: 5, rule: "spread", message: "no spread" })).to.equal("src/x.ts:12:5 [spread] no spread");
  });

  it("reports each file it reads with 1-based line and column, skipping declaration files", () => {
    mkdirSync(join(dir, "src"));
    const a = join(dir, "src", "a.ts");
    const b = join(dir, "src", "b.ts");
    const d = join(dir, "src", "types.d.ts");
    writeFileSync(a, "export const ok = 1;\n");
    writeFileSync(b, "export const x = 1;\n  export const y = 2 ** 3;\n");
    writeFileSync(d, "declare function f(...a: number[]): void;\n");
    const violations = checkFirmwareSources([a, b, d]);
    expect(violations).to.have.length(1);
    expect(violations[0]).to.include({ line: 2, column: 20, rule: "exponent-operator" });
    expect(violations[0].file.endsWith("src/b.ts")).to.equal(true);
  });

  it("names files under the working directory relative to it", () => {
    const file = join(dir, "src", "c.ts");
    writeFileSync(file, "a?.b;\n");
    const previous = process.cwd();
    process.chdir(dir);
    try {
      expect(checkFirmwareSources([file])[0].file).to.equal("src/c.ts");
    } finally {
      process.chdir(previous);
    }
  });

  it("refuses a file it cannot parse, with the parser's position", () => {
    const file = join(dir, "broken.ts");
    writeFileSync(file, "const a = 1;\nconst = ;\n");
    const [v] = checkFirmwareSources([file]);
    expect(v).to.include({ line: 2, rule: "parse-error" });
  });

  it("labels bundle violations with the bundle name and quotes the code near them", () => {
    const [v] = checkBundle("var a=1;var b=a**2;", "dist/pico.js");
    expect(v).to.include({ file: "dist/pico.js", line: 1, column: 15, rule: "exponent-operator" });
    expect(v.message).to.contain("a**2");
  });
});
