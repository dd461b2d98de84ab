/** A virtual locker bank whose saved program exposes the drivers, for driver tests in virtual time. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardDefinition } from "../../../hal/board";
import { LockerBank } from "../../../hal/virtual/locker-bank";
import { bundleForEspruino } from "../../../scripts/build";
import { loadBoards } from "../../../scripts/build/boards";

const here = dirname(fileURLToPath(import.meta.url));
const bundles = new Map<string, Promise<string>>();
let boards: BoardDefinition[] | undefined;

export function boardDefinition(id: string, overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  boards ??= loadBoards();
  const board = boards.find((b) => b.id === id);
  if (!board) throw new Error(`no board ${id}`);
  return { ...board, ...overrides };
}

async function buildProbe(board: BoardDefinition): Promise<string> {
  return (await bundleForEspruino({ entry: join(here, "driver-probe.js"), board, minify: false })).code;
}

/** What firmware-side code passed to record(): LockerEvents, or a test's own {type, timeMs, reason}. */
export interface RecordedEvent {
  type: string;
  locker?: number;
  timeMs: number;
  reason?: string;
}

export interface DriverBank {
  bank: LockerBank;
  /** Runs firmware-side code (the globals hal, drivers, record, events). */
  run(code: string): unknown;
  /** Events the firmware-side code passed to record(), in order. */
  events(): RecordedEvent[];
  advance(ms: number): void;
  now(): number;
}

/** A powered-on bank running the driver probe for `board` (the virtual board by default). */
export async function bootDrivers(board: BoardDefinition = boardDefinition("virtual")): Promise<DriverBank> {
  const key = JSON.stringify(board);
  if (!bundles.has(key)) bundles.set(key, buildProbe(board));
  const code = await bundles.get(key)!;
  const bank = new LockerBank({ board });
  bank.device.installBundle(code);
  bank.device.powerOn();
  return {
    bank,
    run: (source) => bank.device.evaluate(source),
    events: () => JSON.parse(String(bank.device.evaluate("JSON.stringify(events)"))) as RecordedEvent[],
    advance: (ms) => bank.device.advance(ms),
    now: () => bank.device.clock.nowMs,
  };
}

/** The board's own locker bank driver, recording its events; `extra` adds option fields (JS source). */
export async function bootLockerBank(board?: BoardDefinition, extra = ""): Promise<DriverBank> {
  const bank = await bootDrivers(board);
  bank.run(
    `bank = drivers.createLockerBank(hal, { lockers: hal.board.lockers, timing: hal.board.timing, ` +
      `maxSimultaneousReleases: hal.board.maxSimultaneousReleases, onEvent: record${extra} })`,
  );
  return bank;
}

/** Events of one type, optionally for one locker. */
export function eventsOf(events: RecordedEvent[], type: string, locker?: number): RecordedEvent[] {
  return events.filter((e) => e.type === type && (locker === undefined || e.locker === locker));
}
