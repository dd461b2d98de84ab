import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardDefinition } from "../../../hal/board";
import { bundleForEspruino } from "../../../scripts/build";

const here = dirname(fileURLToPath(import.meta.url));

/** A bundle of the Espruino HAL for `board`, built the way scripts/build.ts builds firmware. */
export async function buildHalProbe(board: BoardDefinition): Promise<string> {
  const { code } = await bundleForEspruino({ entry: join(here, "hal-probe.js"), board, minify: false });
  return code;
}
