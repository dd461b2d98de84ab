/**
 * `npm run bench`: figures that do not depend on the machine — bytes, counts of flash
 * operations, bus transactions, interpreter variables. Each file in scripts/bench/ is one
 * section (export `title` and `run()`), discovered here so features add figures without
 * touching this file.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildBoards, repoRoot } from "./build";

export interface BenchSection {
  title: string;
  run(): Promise<string[]> | string[];
}

async function main(): Promise<void> {
  await buildBoards({ quiet: true });
  const dir = join(repoRoot, "scripts", "bench");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const only = process.argv[2];
  for (const file of files) {
    if (only && !file.includes(only)) continue;
    const section = (await import(pathToFileURL(join(dir, file)).href)) as BenchSection;
    console.log(`\n## ${section.title}`);
    for (const line of await section.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
