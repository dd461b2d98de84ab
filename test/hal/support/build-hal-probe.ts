import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import type { BoardDefinition } from "../../../hal/board";

const here = dirname(fileURLToPath(import.meta.url));
const ESPRUINO_MODULES = /^(Storage|Flash|crypto|net)$/;

/** A bundle of the Espruino HAL for `board`, built the way scripts/build.ts builds firmware. */
export async function buildHalProbe(board: BoardDefinition): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(here, "hal-probe.js")],
    bundle: true,
    write: false,
    format: "cjs",
    banner: { js: "(function(){" },
    footer: { js: "})();" },
    platform: "neutral",
    target: "es2019",
    logLevel: "silent",
    plugins: [
      {
        name: "hal-probe",
        setup(build) {
          build.onResolve({ filter: /^@board$/ }, () => ({ path: "board", namespace: "board" }));
          build.onLoad({ filter: /.*/, namespace: "board" }, () => ({
            contents: `export default ${JSON.stringify(board)};`,
            loader: "js",
          }));
          build.onResolve({ filter: ESPRUINO_MODULES }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}
