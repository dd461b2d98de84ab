import { expect } from "chai";
import { spawn } from "node:child_process";
import { join } from "node:path";

const repoRoot = join(__dirname, "..", "..");

function runFlashCommand(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "scripts", "flash.ts"), ...args], {
      cwd: repoRoot,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("npm run flash (the command line)", () => {
  it("exits 2 naming the known boards for an unknown board id", async () => {
    const { code, stderr } = await runFlashCommand(["--board", "no-such-board", "--port", "tcp://127.0.0.1:1"]);
    expect(code).to.equal(2);
    expect(stderr).to.match(/^flash: unknown board "no-such-board"; known boards: .*\bvirtual\b/);
  });

  it("exits 2 explaining --port when no port is given", async () => {
    const { code, stderr } = await runFlashCommand(["--board", "virtual"]);
    expect(code).to.equal(2);
    expect(stderr).to.match(/^flash: no port given: pass --port/);
  });
});
