import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { loadBoards } from "../build/boards";
import { bundleForEspruino, codeBudgetBytes, repoRoot } from "../build";

export const title = "Bundles: bytes per board against the Storage budget; interpreter variables in use after boot (virtual board estimate)";

export async function run(): Promise<string[]> {
  const lines = ["board            bundle bytes  code budget  fits  vars after boot  vars after 60 s  board budget"];
  for (const board of loadBoards(join(repoRoot, "boards"))) {
    const file = join(repoRoot, "dist", `${board.id}.js`);
    const { code } = existsSync(file)
      ? { code: readFileSync(file, "utf8") }
      : await bundleForEspruino({ entry: join(repoRoot, "src", "main.ts"), board });
    const bytes = Buffer.byteLength(code);
    const fits = bytes <= codeBudgetBytes(board);
    let afterBoot = "-";
    let later = "-";
    if (fits) {
      const bank = new LockerBank({ board });
      bank.device.installBundle(code);
      bank.device.powerOn();
      bank.device.advance(10);
      afterBoot = String(bank.device.memory().usage);
      bank.device.advance(60_000);
      later = String(bank.device.memory().usage);
      bank.device.dispose();
    }
    lines.push(
      `${board.id.padEnd(16)} ${String(bytes).padStart(12)} ${String(codeBudgetBytes(board)).padStart(12)} ${(fits ? "yes" : "NO").padStart(5)} ` +
        `${afterBoot.padStart(16)} ${later.padStart(16)} ${String(board.ramVariables).padStart(13)}`,
    );
  }
  return lines;
}
