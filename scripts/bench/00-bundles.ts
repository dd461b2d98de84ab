import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { loadBoards } from "../build/boards";
import { repoRoot } from "../build";

export const title = "Bundles: bytes per board, interpreter variables in use after boot (virtual board estimate)";

export function run(): string[] {
  const lines = ["board             bundle bytes   vars after boot   vars after 60 s   board budget"];
  for (const board of loadBoards(join(repoRoot, "boards"))) {
    const code = readFileSync(join(repoRoot, "dist", `${board.id}.js`), "utf8");
    const bank = new LockerBank({ board });
    bank.device.installBundle(code);
    bank.device.powerOn();
    bank.device.advance(10);
    const afterBoot = bank.device.memory().usage;
    bank.device.advance(60_000);
    const later = bank.device.memory();
    bank.device.dispose();
    lines.push(
      `${board.id.padEnd(16)} ${String(Buffer.byteLength(code)).padStart(13)} ${String(afterBoot).padStart(17)} ${String(later.usage).padStart(17)} ${String(later.total).padStart(14)}`,
    );
  }
  return lines;
}
