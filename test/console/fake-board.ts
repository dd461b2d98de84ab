/**
 * A stand-in board for console and flash tests: a `vm` context with just what the `espruino`
 * CLI and the flash command use (print, console.log, process.env, reset, load, Storage,
 * E.CRC32, atob/btoa), so these tests do not depend on the virtual board's runtime.
 */
import { createContext, runInContext, type Context } from "node:vm";
import { crc32 } from "node:zlib";
import type { ReplTarget } from "../../hal/virtual/repl-target";

export interface FakeBoardOptions {
  /** process.env.BOARD */
  board?: string;
  /** Bytes a Storage file may have; a bigger one is refused as the interpreter does when full. */
  storageCapacity?: number;
}

export class FakeBoard implements ReplTarget {
  readonly storage = new Map<string, Buffer>();
  output = "";
  /** Names of the things that happened: "reset", "load". */
  readonly events: string[] = [];
  private readonly listeners = new Set<(text: string) => void>();
  private context!: Context;

  constructor(readonly options: FakeBoardOptions = {}) {
    this.freshContext();
  }

  evaluate(source: string): unknown {
    return runInContext(source, this.context);
  }

  onOutput(listener: (text: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  global(name: string): unknown {
    return runInContext(`typeof ${name} === "undefined" ? undefined : ${name}`, this.context);
  }

  private print(text: string): void {
    this.output += text;
    for (const listener of this.listeners) listener(text);
  }

  private freshContext(): void {
    const board = this;
    const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
    const storage = {
      write(name: string, data: string, offset?: number, size?: number) {
        const bytes = Buffer.from(String(data), "latin1");
        if (offset === undefined || (offset === 0 && size === undefined)) {
          board.storage.set(name, bytes);
        } else {
          if (size !== undefined) {
            if (size > (board.options.storageCapacity ?? Infinity)) throw new Error("Unable to find or create file");
            board.storage.set(name, Buffer.alloc(size, 0xff));
          }
          const file = board.storage.get(name);
          if (!file) throw new Error("Unable to find or create file");
          bytes.copy(file, offset);
        }
        return true;
      },
      read(name: string) {
        const file = board.storage.get(name);
        return file ? file.toString("latin1") : undefined;
      },
      list: () => [...board.storage.keys()],
      erase: (name: string) => board.storage.delete(name),
    };
    const globals = {
      print: (...args: unknown[]) => board.print(`${args.map(show).join(" ")}\n`),
      console: { log: (...args: unknown[]) => board.print(`${args.map(show).join(" ")}\n`) },
      process: {
        env: { VERSION: "2v29.277", BOARD: this.options.board ?? "VIRTUAL", CONSOLE: "Telnet", MODULES: "Flash,Storage" },
      },
      require: (name: string) => {
        if (name === "Storage") return storage;
        throw new Error(`Module ${name} not found`);
      },
      E: { CRC32: (data: string) => crc32(Buffer.from(String(data), "latin1")) },
      atob: (s: string) => Buffer.from(s, "base64").toString("latin1"),
      btoa: (s: string) => Buffer.from(s, "latin1").toString("base64"),
      reset: () => {
        board.events.push("reset");
        queueMicrotask(() => board.freshContext());
      },
      load: () => {
        board.events.push("load");
        queueMicrotask(() => {
          board.freshContext();
          const code = board.storage.get(".bootcde");
          if (code) board.evaluate(code.toString("latin1"));
        });
      },
    };
    this.context = createContext(globals);
  }
}
