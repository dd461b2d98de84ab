/**
 * `npm run build`: one Espruino-safe bundle per board in boards/, at dist/<board>.js.
 *
 * Order matters: a board that does not validate, a type error against our Espruino
 * declarations, or a form the gate refuses stops the build before anything is written, so
 * nothing in dist/ was ever produced by a failing build.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import type { BoardDefinition } from "../hal/board";
import { boardForFirmware, loadBoards } from "./build/boards";
import { checkBundle, checkFirmwareSources, formatViolation } from "./build/gate";
import { type MangleOptions, mangleOptions, reservedPropertyNames } from "./build/mangle";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = join(repoRoot, "dist");

/** Directories whose code is compiled into the firmware. Nothing else may be imported by it. */
export const firmwareRoots = ["src", "hal/interfaces", "hal/espruino", "hal/drivers", "hal/crypto"];
const firmwareFiles = ["hal/board.ts"];
/** Modules the interpreter has built in (types/espruino/espruino.d.ts declares them). */
const espruinoModules = ["Storage", "Flash", "crypto", "net"];

export interface BuiltBundle {
  board: string;
  file: string;
  bytes: number;
}

export class BuildError extends Error {
  constructor(public readonly problems: string[]) {
    super(`build refused:\n  ${problems.join("\n  ")}`);
  }
}

function listTs(dir: string): string[] {
  const abs = join(repoRoot, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) out.push(...listTs(join(dir, name)));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(join(dir, name));
  }
  return out;
}

export function firmwareSourceFiles(): string[] {
  return [...firmwareRoots.flatMap(listTs), ...firmwareFiles].sort();
}

/** Type-check the firmware against types/espruino only: a missing builtin is a type error here. */
function typecheckFirmware(): string[] {
  const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
  const result = spawnSync(tsc, ["-p", "tsconfig.firmware.json", "--noEmit", "--pretty", "false"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.error) return [`could not run tsc: ${result.error.message}`];
  if (result.status === 0) return [];
  const lines = `${result.stdout}${result.stderr}`.split("\n").filter((l) => l.trim() !== "");
  return lines.map((l) => l.replace(/^(.+?)\((\d+),(\d+)\): /, "$1:$2:$3 "));
}

function isFirmwarePath(absPath: string): boolean {
  const rel = relative(repoRoot, absPath).split(sep).join("/");
  return firmwareRoots.some((root) => rel.startsWith(`${root}/`)) || firmwareFiles.includes(rel);
}

export interface BundleOptions {
  /** Entry module (src/main.ts for the firmware; a test entry for driver tests). */
  entry: string;
  /** Compiled in as the "@board" module. */
  board: BoardDefinition;
  /** Default true, as flashed. */
  minify?: boolean;
  /** Production build: the REPL leaves USB for the read-only maintenance port (src/maintenance/build-mode.ts). */
  production?: boolean;
  /** Also return esbuild's metafile (bytes each input contributes to the output). */
  metafile?: boolean;
  /**
   * Shorten property names that never leave the bundle (scripts/build/mangle.ts). The firmware is
   * built so; test bundles are not by default, because host tests read their globals by name.
   */
  mangle?: boolean;
}

/** The board as a JavaScript object literal, keys unquoted so mangling renames them with their reads. */
function boardLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(boardLiteral).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:${boardLiteral(item)}`,
    );
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The board's features as literals (hal/interfaces/board-features.ts), so the minifier drops the
 * drivers and fallbacks a board does not wire, and the modules behind them.
 */
export function boardFeatureDefines(board: BoardDefinition): Record<string, string> {
  const features: Record<string, boolean> = {
    __BOARD_HAS_MFRC522__: board.cardReaders.some((reader) => reader.kind === "mfrc522"),
    __BOARD_HAS_EXPANDERS__: board.expanders !== undefined && board.expanders.length > 0,
    __BOARD_NATIVE_SHA256__: board.crypto.sha256,
    __BOARD_HAS_WIFI__: board.transports.wifi,
    __BOARD_HAS_STATE_PARTITION__: board.flash.partitions.state !== undefined,
    __BOARD_HAS_CREDENTIAL_PARTITIONS__: board.flash.partitions.credentials !== undefined,
  };
  const defines: Record<string, string> = {};
  for (const name of Object.keys(features)) defines[name] = features[name] ? "true" : "false";
  return defines;
}

/**
 * Bundles an entry the way the firmware is bundled: Espruino's built-in modules left as
 * `require("X")`, the board compiled in, nothing introduced that Espruino lacks. `problems`
 * lists firmware modules that import host code. Tests use this for driver test bundles.
 */
export async function bundleForEspruino(opts: BundleOptions): Promise<{ code: string; problems: string[]; metafile?: esbuild.Metafile }> {
  const problems: string[] = [];
  const board = opts.board;
  const boardModule: esbuild.Plugin = {
    name: "board-definition",
    setup(build) {
      build.onResolve({ filter: /^@board$/ }, () => ({ path: board.id, namespace: "board" }));
      build.onLoad({ filter: /.*/, namespace: "board" }, () => ({
        contents: `export default ${boardLiteral(boardForFirmware(board))};`,
        loader: "js",
      }));
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point" || args.namespace === "board") return undefined;
        // The interpreter's built-in modules (hal/espruino only), left as `require("X")` calls.
        if (args.kind === "require-call" && espruinoModules.includes(args.path)) return { path: args.path, external: true };
        // Firmware may only reach firmware code: a host import would pull Node into a board.
        if (!isFirmwarePath(args.importer)) return undefined;
        if (!args.path.startsWith(".")) {
          problems.push(`${relative(repoRoot, args.importer)}: imports "${args.path}", which is not firmware code`);
          return { path: args.path, external: true };
        }
        const target = resolve(dirname(args.importer), args.path);
        const found = [target, `${target}.ts`, join(target, "index.ts")].find(isFile);
        if (found && !isFirmwarePath(found)) {
          problems.push(
            `${relative(repoRoot, args.importer)}: imports ${relative(repoRoot, found)}, which is host code, not firmware`,
          );
        }
        return undefined;
      });
    },
  };
  const options: esbuild.BuildOptions & { write: false } = {
    entryPoints: [opts.entry],
    absWorkingDir: repoRoot, // metafile paths are relative to the repository
    bundle: true,
    write: false,
    // cjs (wrapped in a function by banner/footer) so esbuild leaves Espruino's `require` as is:
    // an iife output routes it through a `__require` shim built on Proxy.
    format: "cjs",
    banner: { js: "(function(){" },
    footer: { js: "})();" },
    platform: "neutral",
    minify: opts.minify !== false,
    charset: "ascii",
    legalComments: "none",
    target: "es2019",
    // Never let esbuild introduce what Espruino lacks; sources are gated before this anyway.
    supported: {
      "optional-chain": false,
      "exponent-operator": false,
      destructuring: false,
      "default-argument": false,
      "rest-argument": false,
      "object-rest-spread": false,
      "array-spread": false,
      "async-await": false,
      "async-generator": false,
      generator: false,
      "for-await": false,
      "logical-assignment": false,
      bigint: false,
      "class-field": false,
      "class-private-field": false,
      "class-private-method": false,
      "class-static-field": false,
      "regexp-lookbehind-assertions": false,
      "regexp-named-capture-groups": false,
      "regexp-sticky-and-unicode-flags": false,
      "regexp-dot-all-flag": false,
      // The minifier drops an unused catch parameter unless told Espruino's parser needs it.
      "optional-catch-binding": false,
    },
    tsconfig: join(repoRoot, "tsconfig.firmware.json"),
    plugins: [boardModule],
    define: { __PRODUCTION_BUILD__: opts.production === true ? "true" : "false", ...boardFeatureDefines(board) },
    logLevel: "silent",
    metafile: opts.metafile === true,
  };
  let mangle: MangleOptions | undefined;
  if (opts.mangle === true) {
    // The names to keep come from the very files this bundle contains (its string literals), so
    // a first pass finds them.
    const firstPass = await esbuild.build({ ...options, metafile: true });
    const files = Object.keys(firstPass.metafile.inputs)
      .filter((input) => !input.includes(":"))
      .map((input) => resolve(repoRoot, input));
    mangle = mangleOptions(reservedPropertyNames(repoRoot, files));
    problems.length = 0; // the plugin reports again in the pass that counts
  }
  const result = await esbuild.build({ ...options, ...mangle });
  return { code: result.outputFiles[0].text, problems, metafile: result.metafile };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function bundleBoard(board: BoardDefinition, production: boolean): Promise<{ code: string; problems: string[] }> {
  return bundleForEspruino({ entry: join(repoRoot, "src", "main.ts"), board, production, mangle: true });
}

/**
 * Storage the saved program may take: the board's Storage less room for the files provisioning
 * writes beside it (device identity and keys, the credential inbox, fallback journals). A bundle
 * over it cannot be flashed ("Unable to find or create file"), so the build does not offer one.
 */
export const STORAGE_RESERVE_BYTES = 8 * 1024;

export function codeBudgetBytes(board: BoardDefinition): number {
  return board.flash.storage.size - STORAGE_RESERVE_BYTES;
}

export interface BuildOptions {
  boards?: string[];
  quiet?: boolean;
  /** See BundleOptions.production. */
  production?: boolean;
}

export async function buildBoards(options: BuildOptions = {}): Promise<BuiltBundle[]> {
  const say = options.quiet ? () => undefined : (line: string) => console.log(line);
  const all = loadBoards(join(repoRoot, "boards"));
  const selected = options.boards ? all.filter((b) => options.boards!.includes(b.id)) : all;
  const unknown = (options.boards ?? []).filter((id) => !all.some((b) => b.id === id));
  if (unknown.length > 0) {
    throw new BuildError([`unknown board ${unknown.join(", ")}; known boards: ${all.map((b) => b.id).join(", ")}`]);
  }

  const typeErrors = typecheckFirmware();
  if (typeErrors.length > 0) throw new BuildError(typeErrors);

  const sourceViolations = checkFirmwareSources(firmwareSourceFiles().map((f) => join(repoRoot, f)));
  if (sourceViolations.length > 0) throw new BuildError(sourceViolations.map(relativeViolation));

  const built: BuiltBundle[] = [];
  const outputs: Array<{ file: string; code: string }> = [];
  const tooBig: string[] = [];
  for (const board of selected) {
    let bundled: { code: string; problems: string[] };
    try {
      bundled = await bundleBoard(board, options.production === true);
    } catch (error) {
      const failure = error as esbuild.BuildFailure;
      const messages = (failure.errors ?? []).map(
        (m) => `${m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1} ` : ""}${m.text}`,
      );
      throw new BuildError(messages.length > 0 ? messages : [String(error)]);
    }
    if (bundled.problems.length > 0) throw new BuildError(bundled.problems);
    const file = join(distDir, `${board.id}.js`);
    const bundleViolations = checkBundle(bundled.code, relative(repoRoot, file));
    if (bundleViolations.length > 0) throw new BuildError(bundleViolations.map(formatViolation));
    const bytes = Buffer.byteLength(bundled.code);
    if (bytes > codeBudgetBytes(board)) {
      tooBig.push(
        `${board.id}: NOT BUILT: the bundle is ${bytes} bytes but this board's Storage (${board.flash.storage.size} bytes) ` +
          `leaves ${codeBudgetBytes(board)} bytes for the saved program; it could not be flashed (see README, "Boards")`,
      );
      rmSync(file, { force: true }); // never leave an older bundle to be flashed by mistake
      continue;
    }
    outputs.push({ file, code: bundled.code });
    built.push({ board: board.id, file, bytes });
  }
  // Asked for by name (flash, start), a board that does not fit is an error; in a build of every
  // board it is reported and the others are built.
  if (tooBig.length > 0 && options.boards) throw new BuildError(tooBig);

  mkdirSync(distDir, { recursive: true });
  for (const output of outputs) writeFileSync(output.file, output.code);
  for (const b of built) say(`${b.board.padEnd(16)} ${String(b.bytes).padStart(7)} bytes  ${relative(repoRoot, b.file)}`);
  for (const line of tooBig) console.warn(line);
  return built;
}

function relativeViolation(v: Parameters<typeof formatViolation>[0]): string {
  return formatViolation({ ...v, file: relative(repoRoot, v.file) });
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const quiet = args.includes("--quiet");
  const boardIndex = args.indexOf("--board");
  const boards = boardIndex >= 0 ? [args[boardIndex + 1]] : undefined;
  const production = args.includes("--production");
  buildBoards({ quiet, boards, production }).catch((error: unknown) => {
    if (error instanceof BuildError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  });
}
