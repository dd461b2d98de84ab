/** Virtual locker banks running the maintenance test firmware, production or development. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BoardDefinition } from "../../../hal/board";
import { LockerBank } from "../../../hal/virtual/locker-bank";
import { loadBoards } from "../../../scripts/build/boards";
import { bundleForEspruino } from "../../../scripts/build";

export const TEST_DEVICE_KEY = new Uint8Array(32).fill(0x5a);

const here = dirname(fileURLToPath(import.meta.url));
const bundles = new Map<string, Promise<string>>();
let virtualBoard: BoardDefinition | undefined;

function boardDefinition(): BoardDefinition {
  virtualBoard ??= loadBoards().find((b) => b.id === "virtual")!;
  return virtualBoard;
}

function bundle(production: boolean): Promise<string> {
  const key = String(production);
  if (!bundles.has(key)) {
    const board = boardDefinition();
    bundles.set(
      key,
      bundleForEspruino({ entry: join(here, "maintenance-entry.ts"), board, production }).then((b) => {
        if (b.problems.length > 0) throw new Error(b.problems.join("\n"));
        return b.code;
      }),
    );
  }
  return bundles.get(key)!;
}

/** A powered-on bank whose log holds `records` records (plus what the port logs itself). */
export async function maintenanceBank(opts: { production: boolean; records?: number }): Promise<LockerBank> {
  const bank = new LockerBank({ board: boardDefinition() });
  bank.device.installBundle(await bundle(opts.production));
  bank.device.storage.write("mt-records", String(opts.records ?? 0));
  bank.device.powerOn();
  return bank;
}

/** True if any lock output was ever driven to its active (released) level. */
export function anyLockEverReleased(bank: LockerBank): boolean {
  return bank.locks.some((lock) => {
    const active = lock.definition.activeLow ? 0 : 1;
    return lock.drivenHistory.some((h) => h.level === active);
  });
}
