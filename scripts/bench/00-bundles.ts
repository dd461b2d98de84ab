import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Metafile } from "esbuild";
import { LockerBank } from "../../hal/virtual/locker-bank";
import { loadBoards } from "../build/boards";
import { bundleForEspruino, codeBudgetBytes, repoRoot } from "../build";

export const title =
  "Bundles: bytes per board against the Storage budget; interpreter variables in use after boot (virtual board estimate); where the bytes go";

/** "src/access/policy.ts" → "src/access"; "src/firmware.ts" → "src/*.ts"; the board module → "board data". */
function folderOf(input: string): string {
  if (!input.includes("/")) return "board data";
  const parts = input.split("/");
  if (parts[0] === "src" && parts.length === 2) return "src/*.ts";
  return parts.slice(0, 2).join("/");
}

function bytesByFolder(metafile: Metafile): Map<string, number> {
  const byFolder = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const folder = folderOf(input);
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytesInOutput);
    }
  }
  return byFolder;
}

export async function run(): Promise<string[]> {
  const boards = loadBoards(join(repoRoot, "boards"));
  const lines = ["board            bundle bytes  code budget  fits  vars after boot  vars after 60 s  board budget"];
  const folders = new Map<string, Map<string, number>>();
  for (const board of boards) {
    // Built exactly as `npm run build` builds it (mangled), with the metafile for the table below.
    const bundled = await bundleForEspruino({ entry: join(repoRoot, "src", "main.ts"), board, mangle: true, metafile: true });
    folders.set(board.id, bytesByFolder(bundled.metafile!));
    const file = join(repoRoot, "dist", `${board.id}.js`);
    const code = existsSync(file) ? readFileSync(file, "utf8") : bundled.code;
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

  // Minified bytes each folder puts in each board's bundle (esbuild metafile), largest first over
  // all boards: what a board does not wire is not in its bundle (hal/interfaces/board-features.ts).
  const ids = boards.map((b) => b.id);
  const total = (folder: string): number => ids.reduce((sum, id) => sum + (folders.get(id)!.get(folder) ?? 0), 0);
  const allFolders = [...new Set(ids.flatMap((id) => [...folders.get(id)!.keys()]))].sort((a, b) => total(b) - total(a));
  lines.push("", `${"bytes by folder".padEnd(20)}${ids.map((id) => id.padStart(15)).join("")}`);
  for (const folder of allFolders) {
    lines.push(`${folder.padEnd(20)}${ids.map((id) => String(folders.get(id)!.get(folder) ?? 0).padStart(15)).join("")}`);
  }
  return lines;
}
