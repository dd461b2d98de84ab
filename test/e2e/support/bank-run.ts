/**
 * Runs a list of steps on a fresh virtual bank with the real firmware bundle (dist/virtual.js)
 * and the sample users, through the npm start console, and keeps what the invariants need: the
 * board's events, every lock output's history, when the wired lockdown input was on while the
 * board was powered, which digits were entered before each "#", and the locks at each boot.
 */
import { LockerBank } from "../../../hal/virtual/locker-bank";
import { BankConsole } from "../../../scripts/sim/bank-console";
import { sampleUsers } from "../../../scripts/credentials/sample";
import type { FirmwareEvent } from "../../../src/events";
import { builtBundle, eventsIn, shippedBoards } from "../../boot/boot-fixture";

export type Step =
  | { kind: "keys"; text: string }
  | { kind: "tap"; uid: string }
  | { kind: "card26"; facility: number; number: number }
  | { kind: "door"; locker: number; open: boolean }
  | { kind: "lockdown"; on: boolean }
  | { kind: "tamper"; on: boolean }
  | { kind: "wait"; ms: number }
  | { kind: "reboot" }
  | { kind: "powercut"; offMs: number };

export interface PinSubmission {
  t: number;
  /** Every digit string the firmware could have taken as this entry (suffixes of what was typed). */
  candidates: string[];
}

export interface BankTrace {
  startMs: number;
  events: FirmwareEvent[];
  /** Per locker (index 0 = locker 1): times its output went to the active level. */
  releasesByLocker: number[][];
  /** [from, to) intervals with the wired lockdown input on while the board was powered. */
  lockdownInputOn: Array<[number, number]>;
  pinSubmissions: PinSubmission[];
  /** Right after each power-on or reset: the lockers released and whether open-all was restored. */
  boots: Array<{ t: number; released: number[]; openAllRestored: boolean }>;
  lockerCount: number;
}

export const SAMPLE_USERS = sampleUsers();
/** A Monday afternoon: a plausible date, though with no RTC and no hub the board never trusts it. */
const START_MS = Date.UTC(2026, 10, 30, 15, 0, 0);
const KEY_INTERVAL_MS = 200;
const CARD_HELD_MS = 600;

export function runOnBank(steps: Step[]): BankTrace {
  const board = shippedBoards().find((b) => b.id === "virtual")!;
  const bank = new LockerBank({ board, startTimeMs: START_MS });
  const clock = bank.device.clock;
  let output = "";
  bank.device.onOutput((text) => (output += text));
  const errors: string[] = [];
  const terminal = new BankConsole({ bank, print: (line) => line.startsWith("error:") && errors.push(line) });
  const run = (command: string) => {
    terminal.run(command);
    if (errors.length > 0) throw new Error(`console refused "${command}": ${errors.join("; ")}`);
  };
  const lockdownInputOn: Array<[number, number]> = [];
  let inputOn = false;
  let powered = false;
  let onSince = 0;
  const setInputAndPower = (input: boolean, power: boolean) => {
    const was = inputOn && powered;
    inputOn = input;
    powered = power;
    if (!was && input && power) onSince = clock.nowMs;
    if (was && !(input && power)) lockdownInputOn.push([onSince, clock.nowMs]);
  };
  const boots: BankTrace["boots"] = [];
  const booted = (command: string) => {
    const before = output.length;
    run(command);
    const restored = eventsIn(output.slice(before)).some((e) => e.type === "latch-restored" && e.reason === "open-all");
    const released = bank.locks.flatMap((lock, i) => (lock.released ? [i + 1] : []));
    boots.push({ t: clock.nowMs, released, openAllRestored: restored });
  };
  let digits = "";
  const pinSubmissions: PinSubmission[] = [];
  const type = (text: string) => {
    run(`keys ${text}`);
    [...text].forEach((key, i) => {
      if (key >= "0" && key <= "9") digits += key;
      if (key !== "#") return;
      const candidates = [];
      for (let n = 1; n <= Math.min(8, digits.length); n++) candidates.push(digits.slice(-n));
      pinSubmissions.push({ t: clock.nowMs + i * KEY_INTERVAL_MS, candidates });
    });
    run(`wait ${text.length * KEY_INTERVAL_MS}`);
  };

  bank.device.installBundle(builtBundle(board.id));
  booted("poweron");
  setInputAndPower(false, true);
  booted("load-credentials");
  run("wait 2000");
  const startMs = clock.nowMs;
  for (const step of steps) {
    if (step.kind === "keys") type(step.text);
    else if (step.kind === "tap") [`tap ${step.uid}`, `wait ${CARD_HELD_MS}`, "untap"].forEach(run);
    else if (step.kind === "card26") run(`card26 ${step.facility} ${step.number}`);
    else if (step.kind === "door") run(`${step.open ? "open" : "close"} ${step.locker}`);
    else if (step.kind === "tamper") run(`tamper ${step.on ? "on" : "off"}`);
    else if (step.kind === "wait") run(`wait ${step.ms}`);
    else if (step.kind === "lockdown") {
      run(`lockdown ${step.on ? "on" : "off"}`);
      setInputAndPower(step.on, powered);
    } else {
      // What was typed before a reset is gone from the keypad's buffer.
      digits = "";
      if (step.kind === "reboot") booted("reboot");
      else {
        run("powercut");
        setInputAndPower(inputOn, false);
        run(`wait ${step.offMs}`);
        booted("poweron");
        setInputAndPower(inputOn, true);
      }
    }
  }
  run("wait 1000");
  setInputAndPower(false, false);
  terminal.dispose();

  return {
    startMs,
    events: eventsIn(output),
    releasesByLocker: bank.locks.map(activations),
    lockdownInputOn,
    pinSubmissions,
    boots,
    lockerCount: bank.locks.length,
  };
}

/** Times the lock output went to its active level (driven as an output), from its pin history. */
function activations(lock: LockerBank["locks"][number]): number[] {
  const active = lock.definition.activeLow ? 0 : 1;
  const times: number[] = [];
  let was = false;
  for (const h of lock.pin.history) {
    const now = (h.mode === "output" || h.mode === "opendrain") && h.level === active;
    if (now && !was) times.push(h.timeMs);
    was = now;
  }
  return times;
}
