/**
 * The terminal side of `npm start`: commands in the words of the people at the bank, and a live
 * feed of what the bank does. Kept apart from the process plumbing (scripts/start.ts) so tests
 * drive it with a string in and lines out, in virtual time.
 */
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import type { LockerBank } from "../../hal/virtual/locker-bank";
import { parseEventLine } from "../../src/events";
import { stageSampleBundle } from "../credentials/sample";

export const HELP = `Commands (lockers are numbered from 1):
  keys <sequence>      type on the keypad, e.g. "keys 1234#" (* clears, # enters)
  wiegand <bits>       send a raw Wiegand frame from reader 1, e.g. "wiegand 0101..."
  card26 <fac> <num>   a 26-bit card on the Wiegand reader, e.g. "card26 12 3456"
  card34 <hex>         a 34-bit card (32 data bits in hex), e.g. "card34 deadbeef"
  wiegand-key <keys>   type on a Wiegand keypad, 4-bit bursts, e.g. "wiegand-key 1234#"
  wiegand-key8 <keys>  the same with 8-bit bursts (complement + nibble)
  hold <key> | release [<key>]  hold a keypad key down (stuck key, two keys) | let go
  tap <hex uid>        hold a card on the MFRC522 reader (4, 7 or 10 bytes), e.g. "tap 04a1b2c3"
  untap                take every card off the MFRC522 reader
  open <n> | close <n> open or close locker n's door (by hand: forced if the lock is secured)
  tamper on|off        open or close the enclosure's tamper switch
  lockdown on|off      the school's wired lockdown input
  status               locks, doors, LEDs, buzzer, memory
  wait <ms>            let time pass (virtual-time mode; in real time it just waits)
  reboot | powercut    reset the board (flash kept) | cut power (then "poweron")
  poweron              power the board on again
  load-credentials     sign the sample users (scripts/credentials/sample-users.json) with this board's
                       key (.sim/), leave the bundle in Storage and reboot: the firmware loads it
  eval <expression>    evaluate on the board, as the espruino REPL would
  help | quit`;

export interface BankConsoleOptions {
  bank: LockerBank;
  print: (line: string) => void;
}

export class BankConsole {
  private readonly bank: LockerBank;
  private readonly print: (line: string) => void;
  private pendingText = "";
  private readonly disposers: Array<() => void> = [];
  private readonly startedAtMs: number;

  constructor(opts: BankConsoleOptions) {
    this.bank = opts.bank;
    this.startedAtMs = opts.bank.device.clock.nowMs;
    this.print = opts.print;
    this.disposers.push(this.bank.device.onOutput((text) => this.boardText(text)));
    this.bank.locks.forEach((lock, index) => {
      let released = lock.released;
      this.disposers.push(
        lock.pin.onStateChange(() => {
          if (lock.released === released) return;
          released = lock.released;
          this.say(`locker ${index + 1} lock ${released ? "RELEASED" : "secured"}`);
        }),
      );
    });
  }

  dispose(): void {
    for (const dispose of this.disposers) dispose();
  }

  private stamp(): string {
    return `[${((this.bank.device.clock.nowMs - this.startedAtMs) / 1000).toFixed(3).padStart(9)}s]`;
  }

  private say(text: string): void {
    this.print(`${this.stamp()} ${text}`);
  }

  private boardText(text: string): void {
    this.pendingText += text;
    let newline = this.pendingText.indexOf("\n");
    while (newline >= 0) {
      const line = this.pendingText.slice(0, newline).replace(/\r$/, "");
      this.pendingText = this.pendingText.slice(newline + 1);
      const event = parseEventLine(line);
      if (event) {
        const parts = [event.type];
        if (event.locker !== undefined) parts.push(`locker ${event.locker}`);
        if (event.user !== undefined) parts.push(`user ${event.user}`);
        if (event.result !== undefined) parts.push(event.result.toUpperCase());
        if (event.reason !== undefined) parts.push(event.reason);
        if (event.detail !== undefined) parts.push(event.detail);
        this.say(`event ${parts.join(" · ")}`);
      } else if (line.trim() !== "") {
        this.say(`board: ${line}`);
      }
      newline = this.pendingText.indexOf("\n");
    }
  }

  /** Runs one command line; returns false when the user asked to quit. */
  run(commandLine: string): boolean {
    const [command = "", ...args] = commandLine.trim().split(/\s+/);
    try {
      return this.dispatch(command.toLowerCase(), args, commandLine.trim());
    } catch (error) {
      this.print(`error: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
  }

  private dispatch(command: string, args: string[], whole: string): boolean {
    const device = this.bank.device;
    switch (command) {
      case "":
        return true;
      case "help":
        this.print(HELP);
        return true;
      case "quit":
      case "exit":
        return false;
      case "keys":
        this.typeKeys(args.join(""));
        return true;
      case "wiegand":
        this.firstWiegand().send(requireArg(args[0], "wiegand needs a bit string, e.g. wiegand 0110"));
        return true;
      case "card26": {
        const facility = Number(requireArg(args[0], "card26 needs a facility code and a card number, e.g. card26 12 3456"));
        const number = Number(requireArg(args[1], "card26 needs a card number after the facility code"));
        if (!Number.isInteger(facility) || facility < 0 || facility > 255) throw new Error("the facility code is 0 to 255");
        if (!Number.isInteger(number) || number < 0 || number > 65535) throw new Error("the card number is 0 to 65535");
        this.firstWiegand().send(WiegandReader.frame26(facility, number));
        return true;
      }
      case "card34": {
        const hex = requireArg(args[0], "card34 needs the 32 data bits in hex, e.g. card34 deadbeef");
        if (!/^[0-9a-fA-F]{1,8}$/.test(hex)) throw new Error("card34 takes up to 8 hex digits");
        this.firstWiegand().send(WiegandReader.frame34(parseInt(hex, 16)));
        return true;
      }
      case "wiegand-key":
      case "wiegand-key8":
        this.typeOnWiegand(args.join(""), command === "wiegand-key8" ? WiegandReader.keypad8 : WiegandReader.keypad4);
        return true;
      case "hold": {
        const keypad = this.requireKeypad();
        const key = requireArg(args[0], "hold needs a key, e.g. hold 5");
        keypad.press(key);
        return true;
      }
      case "release": {
        const keypad = this.requireKeypad();
        if (args[0] === undefined) keypad.releaseAll();
        else keypad.release(args[0]);
        return true;
      }
      case "tap": {
        const hex = requireArg(args.join("").replace(/:/g, "") || undefined, "tap needs a card UID in hex, e.g. tap 04a1b2c3");
        if (!/^([0-9a-fA-F]{8}|[0-9a-fA-F]{14}|[0-9a-fA-F]{20})$/.test(hex)) throw new Error("tap needs a 4, 7 or 10-byte UID in hex (8, 14 or 20 digits)");
        this.firstMfrc522().present((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));
        return true;
      }
      case "untap":
        this.firstMfrc522().remove();
        return true;
      case "open":
        this.bank.door(lockerArg(args[0])).open();
        return true;
      case "close":
        this.bank.door(lockerArg(args[0])).close();
        return true;
      case "tamper":
        this.bank.tamper.set(onOff(args[0]));
        return true;
      case "lockdown":
        if (!this.bank.lockdownInput) throw new Error("this board has no wired lockdown input");
        this.bank.lockdownInput.set(onOff(args[0]));
        return true;
      case "status":
        this.status();
        return true;
      case "wait":
        device.advance(Number(requireArg(args[0], "wait needs milliseconds")));
        return true;
      case "load-credentials": {
        const staged = stageSampleBundle(device);
        this.print(`bundle version ${staged.version}: ${staged.users} users, ${staged.bytes} bytes, left in Storage "cred-inbox"; rebooting to load it`);
        device.reboot("pin");
        return true;
      }
      case "reboot":
        device.reboot("pin");
        return true;
      case "powercut":
        device.powerCut();
        this.say("power cut: the board is off (type poweron)");
        return true;
      case "poweron":
        device.powerOn();
        return true;
      case "eval":
        this.print(`= ${formatResult(device.evaluate(whole.slice(4).trim()))}`);
        return true;
      default:
        throw new Error(`unknown command "${command}" (type help)`);
    }
  }

  private firstMfrc522() {
    const reader = this.bank.mfrc522;
    if (!reader) throw new Error("this board has no MFRC522 reader");
    return reader;
  }

  private requireKeypad() {
    if (!this.bank.keypad) throw new Error("this board has no keypad");
    return this.bank.keypad;
  }

  /** One burst per key, 150 ms apart (a frame ends after 25 ms of quiet, so bursts stay apart). */
  private typeOnWiegand(sequence: string, burst: (key: string) => string): void {
    if (sequence === "") throw new Error("wiegand-key needs keys, e.g. wiegand-key 1234#");
    const bursts = [...sequence].map(burst); // refuses unknown keys before sending any
    const reader = this.firstWiegand();
    const clock = this.bank.device.clock;
    let at = clock.nowMs;
    for (const bits of bursts) {
      clock.scheduleAt(at, () => reader.send(bits));
      at += 150;
    }
  }

  private firstWiegand() {
    const reader = this.bank.wiegand[0];
    if (!reader) throw new Error("this board has no Wiegand reader");
    return reader;
  }

  /** Presses each key for 80 ms with 120 ms between presses, as a person would. */
  private typeKeys(sequence: string): void {
    const keypad = this.bank.keypad;
    if (!keypad) throw new Error("this board has no keypad");
    if (sequence === "") throw new Error('keys needs a sequence, e.g. keys 1234#');
    for (const key of sequence) keypad.position(key); // refuse unknown keys before pressing any
    const clock = this.bank.device.clock;
    let at = clock.nowMs;
    for (const key of sequence) {
      clock.scheduleAt(at, () => keypad.press(key));
      clock.scheduleAt(at + 80, () => keypad.release(key));
      at += 200;
    }
  }

  private status(): void {
    const bank = this.bank;
    const device = bank.device;
    if (!device.isOn) {
      this.print("board is off");
      return;
    }
    bank.locks.forEach((lock, index) => {
      const door = bank.doors[index];
      this.print(`locker ${String(index + 1).padStart(2)}: lock ${lock.released ? "RELEASED" : "secured "}  door ${door.isOpen ? "OPEN" : "closed"}`);
    });
    const outputs = [
      ["status LED", device.board.statusLed],
      ["granted LED", device.board.grantedLed],
      ["denied LED", device.board.deniedLed],
      ["buzzer", device.board.buzzer],
      ["silent alarm", device.board.silentAlarm],
    ] as const;
    for (const [label, definition] of outputs) {
      if (!definition) continue;
      const pin = device.pin(definition.pin);
      const on = pin.isOutput && pin.level === (definition.activeLow ? 0 : 1);
      this.print(`${label.padEnd(13)} ${on ? "on" : "off"}`);
    }
    this.print(`tamper        ${bank.tamper.active ? "OPEN" : "closed"}`);
    if (bank.lockdownInput) this.print(`lockdown in   ${bank.lockdownInput.active ? "ACTIVE" : "idle"}`);
    const memory = device.memory();
    this.print(`memory        ${memory.usage} of ${memory.total} variables in use`);
  }
}

function requireArg(value: string | undefined, message: string): string {
  if (value === undefined || value === "") throw new Error(message);
  return value;
}

function lockerArg(value: string | undefined): number {
  const n = Number(requireArg(value, "which locker? e.g. open 3"));
  if (!Number.isInteger(n)) throw new Error(`"${value}" is not a locker number`);
  return n;
}

function onOff(value: string | undefined): boolean {
  if (value === "on") return true;
  if (value === "off") return false;
  throw new Error('say "on" or "off"');
}

function formatResult(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
