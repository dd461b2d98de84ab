/// <reference path="../../../types/espruino/board-module.d.ts" />
/**
 * A test firmware for the virtual board: locks secured first, the real flash audit log (state
 * in RAM), N boot-time records (N from Storage file "mt-records"), and the maintenance port on
 * USB, production or development by the build flag, exactly as the firmware build sets it.
 */
import board from "@board";
import { createLockOutputs } from "../../../hal/drivers/locker-bank-pins";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";
import { openFlashAuditLog } from "../../../src/audit/flash-log";
import { auditLogView } from "../../../src/maintenance/audit-view";
import { PRODUCTION_BUILD } from "../../../src/maintenance/build-mode";
import { startMaintenancePort } from "../../../src/maintenance/port";
import { createMemoryState } from "../../../src/persist/memory-state";

const hal = createEspruinoHal(board);
createLockOutputs(hal, board.lockers);
const key = new Uint8Array(32);
for (let i = 0; i < 32; i++) key[i] = 0x5a;
const log = openFlashAuditLog({
  flash: hal.flash,
  partition: board.flash.partitions.log,
  key: key,
  developmentKey: false,
  crypto: hal.crypto,
  state: createMemoryState(),
});
// Tests append events from the host side (board.evaluate, not USB), as the firmware would.
(global as unknown as { testLog: unknown }).testLog = log;
const stored = hal.store.read("mt-records");
let count = 0;
if (stored !== undefined) for (let i = 0; i < stored.length; i++) count = count * 10 + (stored[i] - 48);
for (let i = 0; i < count; i++) log.append({ t: i * 1000, type: i % 2 === 0 ? "door-opened" : "door-closed", locker: 1 + (i % 4) });
startMaintenancePort({
  openSerial: hal.serialPort,
  clock: hal.clock,
  crc32: hal.crypto.crc32,
  log: auditLogView(log),
  events: { emit: (event) => log.append(event) },
  production: PRODUCTION_BUILD,
  board: board.id,
  firmware: "test",
});
