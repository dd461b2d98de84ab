/**
 * `npm start`: builds the virtual board's bundle, boots it on the virtual locker bank and gives a
 * terminal to act as the people who use the bank. The board's flash is kept in .sim/ between
 * runs (latched states and logs survive, as on a real board); --fresh starts from erased flash.
 * The board's own REPL is served on TCP for the espruino CLI, as the Linux build does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Command } from "commander";
import { randomBytes } from "node:crypto";
import { AUDIT_KEY_FILE, DEVELOPMENT_KEY_FILE } from "../src/audit/board-audit";
import { startConsoleServer } from "../hal/virtual/console-server";
import { startSerialBridge } from "../hal/virtual/serial-bridge";
import { NorFlash } from "../hal/virtual/flash/nor-flash";
import { LockerBank } from "../hal/virtual/locker-bank";
import { loadBoards } from "./build/boards";
import { buildBoards, BuildError, repoRoot } from "./build";
import { BankConsole, HELP } from "./sim/bank-console";

const program = new Command()
  .name("npm start --")
  .description("Run the firmware on the virtual locker bank")
  .option("--board <id>", "board definition to run (its pins and flash layout)", "virtual")
  .option("--port <port>", "TCP port for the board's REPL (espruino -p tcp://127.0.0.1:PORT); 0 = any free port", "2323")
  .option("--fresh", "start with erased flash instead of the flash kept from the last run")
  .option("--virtual-time", "time moves only with the wait command (for scripts and tests)")
  .option("--usb-port <port>", "TCP port for the board's USB serial port (npm run logs -- --port tcp://127.0.0.1:PORT); 0 = any free port", "2324")
  .option("--production", "run a production build: USB speaks only the read-only maintenance protocol, no REPL")
  .parse();

const opts = program.opts<{ board: string; port: string; fresh?: boolean; virtualTime?: boolean; usbPort: string; production?: boolean }>();

async function main(): Promise<void> {
  try {
    await buildBoards({ boards: [opts.board], quiet: true, production: opts.production });
  } catch (error) {
    console.error(error instanceof BuildError ? error.message : error);
    process.exit(1);
  }
  const board = loadBoards().find((b) => b.id === opts.board)!;
  const code = readFileSync(join(repoRoot, "dist", `${board.id}.js`), "utf8");

  const simDir = join(repoRoot, ".sim");
  const imageFile = join(simDir, `flash-${board.id}.bin`);
  const bank = new LockerBank({ board, realTime: !opts.virtualTime, startTimeMs: Date.now() });
  if (!opts.fresh && existsSync(imageFile)) restoreFlash(bank.device.flash, imageFile);
  const saveFlash = () => {
    mkdirSync(simDir, { recursive: true });
    writeFileSync(imageFile, bank.device.flash.snapshot());
  };

  let input: ReturnType<typeof createInterface> | undefined;
  // On a terminal, a line from the bank erases the prompt line and puts the prompt back after it.
  const print = (line: string) => {
    if (input && process.stdin.isTTY) {
      process.stdout.write(`\r\x1b[K${line}\n`);
      input.prompt(true);
    } else {
      console.log(line);
    }
  };
  const terminal = new BankConsole({ bank, print });
  print(`Virtual locker bank "${board.name}": ${board.lockers.length} lockers. Type help for commands.`);

  let server: Awaited<ReturnType<typeof startConsoleServer>> | undefined;
  try {
    server = await startConsoleServer(bank.device, { port: Number(opts.port) });
    print(`Board REPL on tcp://127.0.0.1:${server.port} (npx espruino --no-ble -p tcp://127.0.0.1:${server.port})`);
  } catch (error) {
    print(`No REPL server: port ${opts.port} is taken (${(error as Error).message}); try --port 0`);
  }

  let usbBridge: Awaited<ReturnType<typeof startSerialBridge>> | undefined;
  try {
    usbBridge = await startSerialBridge(bank.device, { port: Number(opts.usbPort) });
    const where = `tcp://127.0.0.1:${usbBridge.port}`;
    print(
      opts.production
        ? `USB maintenance port on ${where} (npm run logs -- --port ${where})`
        : `USB serial on ${where}: the REPL (development build); npm start -- --production for the maintenance port`,
    );
  } catch (error) {
    print(`No USB bridge: port ${opts.usbPort} is taken (${(error as Error).message}); try --usb-port 0`);
  }

  bank.device.installBundle(code);
  // The audit log's MAC key comes from provisioning; until then a development key, made once per flash image (the log says so at every boot).
  if (bank.device.storage.read(AUDIT_KEY_FILE) === undefined && bank.device.storage.read(DEVELOPMENT_KEY_FILE) === undefined) {
    bank.device.storage.write(DEVELOPMENT_KEY_FILE, new Uint8Array(randomBytes(32)));
  }
  bank.device.powerOn();

  input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const prompt = () => {
    if (process.stdin.isTTY) input?.prompt();
  };
  input.setPrompt("bank> ");
  prompt();
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    terminal.dispose();
    bank.device.dispose();
    saveFlash();
    await server?.close();
    await usbBridge?.close();
    input?.close();
    process.exit(0);
  };
  input.on("line", (line) => {
    if (!terminal.run(line)) void finish();
    else prompt();
  });
  input.on("close", () => void finish());
  process.on("SIGINT", () => void finish());
}

function restoreFlash(flash: NorFlash, file: string): void {
  const image = readFileSync(file);
  if (image.length !== flash.snapshot().length) {
    console.log(`(ignoring ${file}: it was made for another flash layout)`);
    return;
  }
  flash.restore(new Uint8Array(image));
}

void HELP;
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
