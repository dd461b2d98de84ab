/**
 * The interpreter's console line editor (src/jsinteractive.c), as far as a terminal or the
 * `espruino` CLI can observe it:
 *
 * - typed characters are echoed; Enter executes when brackets balance, else the line continues
 *   with a ":" prompt; ESC LF (Alt-Enter) adds a newline without executing;
 * - after a line runs, "=<value>" is printed (not for empty lines, not after an error, not when
 *   echo is off), errors print "Uncaught <error>", and the ">" prompt comes back once the
 *   received characters have been handled;
 * - DLE (0x10) at the start of an empty line turns echo off for that line only: no echo, no
 *   "=" result, no prompt printed for it (the CLI prefixes every line it sends with it);
 * - CR and LF each end a line (the interpreter's CR LF check is dead code, so LF after CR runs
 *   an empty line, which prints nothing);
 * - Ctrl-C clears the input line; Ctrl-U/Ctrl-W too; Backspace/DEL delete; ESC sequences
 *   (cursor keys, `ESC [ n d` line numbers) are consumed.
 * - whatever the board prints first removes the shown input line ("\r" + erase-to-end) and the
 *   prompt is printed again afterwards; "\n" goes out as "\r\n".
 */
import type { ReplTarget } from "../repl-target";
import { bracketDepth } from "./bracket-depth";
import { formatResult, formatUncaught } from "./espruino-format";

const DLE = "\x10";
const ERASE_TO_END = "\x1B[J";

type EscapeState = "none" | "esc" | "esc-O" | "esc-[" | "esc-[-number";

export class EspruinoRepl {
  private inputLine = "";
  /** The prompt and input line are not on screen. At start the board has long shown its prompt. */
  private inputLineRemoved = false;
  private echoOffForLine = false;
  private escape: EscapeState = "none";
  private handlingInput = false;
  private promptPending = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly target: ReplTarget,
    private readonly write: (text: string) => void,
  ) {
    this.unsubscribe = target.onOutput((text) => this.printFromBoard(text));
  }

  /** Characters arriving on the console device. */
  receive(data: string): void {
    this.handlingInput = true;
    try {
      for (const ch of data) this.handleChar(ch);
    } finally {
      this.handlingInput = false;
    }
    this.returnInputLine();
  }

  /** Stop listening to the board. */
  dispose(): void {
    this.unsubscribe();
  }

  private get echo(): boolean {
    return !this.echoOffForLine;
  }

  private get showInputLine(): boolean {
    return this.echo && !this.inputLineRemoved;
  }

  private handleChar(ch: string): void {
    const code = ch.charCodeAt(0);
    if (this.escape !== "none") {
      this.handleEscape(ch);
      return;
    }
    if (code === 0) return;
    if (code === 3 || code === 21 || code === 23) {
      this.clearInputLine();
      return;
    }
    if (code === 27) {
      this.escape = "esc";
      return;
    }
    if (ch === DLE && this.inputLine.length === 0) {
      this.echoOffForLine = true;
      return;
    }
    if (code === 8 || code === 127) {
      this.backspace();
      return;
    }
    if (ch === "\r" || ch === "\n") {
      this.newLine(true);
      return;
    }
    if (code >= 32 || ch === "\t") this.append(ch === "\t" ? "    " : ch);
  }

  private handleEscape(ch: string): void {
    const state = this.escape;
    this.escape = "none";
    if (state === "esc") {
      if (ch === "\n") this.newLine(false);
      else if (ch === "O") this.escape = "esc-O";
      else if (ch === "[") this.escape = "esc-[";
    } else if (state === "esc-[") {
      if (ch >= "0" && ch <= "9") this.escape = "esc-[-number";
      // cursor keys and history are not modelled: the CLI never sends them
    } else if (state === "esc-[-number") {
      if (ch >= "0" && ch <= "9") this.escape = "esc-[-number";
      else if (ch === "K" || ch === "H") this.clearInputLine();
      // "d" sets the line number for error messages; nothing else to do here
    }
  }

  private append(text: string): void {
    this.inputLine += text;
    if (this.showInputLine) this.write(text);
  }

  private backspace(): void {
    if (this.inputLine.length === 0) return;
    const removed = this.inputLine[this.inputLine.length - 1];
    this.inputLine = this.inputLine.slice(0, -1);
    if (!this.showInputLine) return;
    if (removed === "\n") {
      const lastLine = this.inputLine.slice(this.inputLine.lastIndexOf("\n") + 1);
      this.write(`\r${ERASE_TO_END}\x1B[A\r${this.inputLine.includes("\n") ? ":" : ">"}${lastLine}`);
    } else {
      this.write("\x08 \x08");
    }
  }

  private newLine(execute: boolean): void {
    if (execute && bracketDepth(this.inputLine) <= 0) {
      this.executeLine();
      return;
    }
    if (this.showInputLine) this.write("\r\n:");
    this.inputLine += "\n";
  }

  private executeLine(): void {
    if (this.showInputLine) this.write("\r\n");
    if (!this.echoOffForLine) this.inputLineRemoved = true;
    const line = this.inputLine.replace(/\s+$/, "");
    this.inputLine = "";
    if (line.length > 0) {
      let value: unknown;
      let failed = false;
      try {
        value = this.target.evaluate(line);
      } catch (error) {
        failed = true;
        this.removeInputLine();
        this.write(`Uncaught ${toConsole(formatUncaught(error))}\r\n`);
      }
      if (!failed && this.echo) this.write(`=${toConsole(formatResult(value))}\r\n`);
    }
    this.echoOffForLine = false;
  }

  private clearInputLine(): void {
    if (this.inputLine.length === 0) return;
    this.removeInputLine();
    this.inputLine = "";
  }

  /** Take the prompt and input line off the screen before the board prints something. */
  private removeInputLine(): void {
    if (this.inputLineRemoved) return;
    this.inputLineRemoved = true;
    if (!this.echo) return;
    const linesAbove = this.inputLine.split("\n").length - 1;
    this.write(`${"\x1B[A".repeat(linesAbove)}\r${ERASE_TO_END}`);
  }

  /** Put the prompt (and any partly typed line) back, as the interpreter's idle loop does. */
  private returnInputLine(): void {
    this.promptPending = false;
    if (!this.inputLineRemoved) return;
    this.inputLineRemoved = false;
    if (this.echo) this.write(`>${toConsole(this.inputLine.replace(/\n/g, "\n:"))}`);
  }

  private printFromBoard(text: string): void {
    if (text.length === 0) return;
    this.removeInputLine();
    this.write(toConsole(text));
    if (!this.handlingInput && !this.promptPending) {
      this.promptPending = true;
      setImmediate(() => this.returnInputLine());
    }
  }
}

/** The interpreter sends every "\n" as "\r\n". */
function toConsole(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
