/**
 * `npm run soak`: the full fault-injection sweeps (CI runs samples of them). Each file in
 * scripts/soak/ exports `title` and `run(): string[]` (like scripts/bench/); a sweep that finds a
 * problem sets process.exitCode. `npm run soak -- audit` runs only files whose name contains "audit".
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface SoakSection {
  title: string;
  run(): Promise<string[]> | string[];
}

async function main(): Promise<void> {
  const dir = join(import.meta.dirname, "soak");
  const only = process.argv[2];
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  for (const file of files) {
    if (only && !file.includes(only)) continue;
    const section = (await import(pathToFileURL(join(dir, file)).href)) as SoakSection;
    console.log(`\n## ${section.title}`);
    const started = Date.now();
    for (const line of await section.run()) console.log(line);
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
