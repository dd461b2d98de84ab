/**
 * One call from the composition root: the board's audit log over its `log` partition, keyed by
 * the provisioned device key, and an EventSink that stores every event before passing it on.
 *
 * The MAC key never comes from the bundle. Provisioning writes AUDIT_KEY_FILE into Storage; until
 * provisioning exists, `npm start` writes DEVELOPMENT_KEY_FILE (a key anyone with the Storage
 * image can read). With only the development key, or none at all (then 32 zero bytes), the log
 * still records, and says at every boot and in status that its MACs prove nothing.
 */
import type { Hal } from "../../hal/interfaces/hal";
import type { EventSink, FirmwareEvent } from "../events";
import type { DurableState } from "../persist/durable-state";
import { openFlashAuditLog, type FlashAuditLog } from "./flash-log";

export const AUDIT_KEY_FILE = "audit.key";
export const DEVELOPMENT_KEY_FILE = "audit.devkey";
export const AUDIT_KEY_BYTES = 32;

export interface AuditKey {
  key: Uint8Array;
  development: boolean;
}

export function loadAuditKey(hal: Hal): AuditKey {
  const provisioned = hal.store.read(AUDIT_KEY_FILE);
  if (provisioned !== undefined && provisioned.length >= 16) return { key: new Uint8Array(provisioned), development: false };
  const development = hal.store.read(DEVELOPMENT_KEY_FILE);
  if (development !== undefined && development.length >= 16) return { key: new Uint8Array(development), development: true };
  return { key: new Uint8Array(AUDIT_KEY_BYTES), development: true };
}

/** The running log, or a string saying why there is none (boot goes on: the lockers matter more). */
export function openBoardAuditLog(hal: Hal, state: DurableState): FlashAuditLog | string {
  try {
    const key = loadAuditKey(hal);
    return openFlashAuditLog({
      flash: hal.flash,
      partition: hal.board.flash.partitions.log,
      key: key.key,
      developmentKey: key.development,
      crypto: hal.crypto,
      state: state,
      // openBoardState falls back to RAM where the board has no state partition or it is unusable.
      stateVolatile: hal.board.flash.partitions.state === undefined || state.describe().indexOf("memory") === 0,
    });
  } catch (e) {
    return "audit log unavailable: " + String(e);
  }
}

/**
 * Stores each event in the log, then hands it to `next` (the console). A failing flash write is
 * reported on the console once per kind and never stops the event from reaching `next`. Events
 * the log raises itself (it may be too full to hold them) follow the event that caused them.
 */
export function auditEventSink(log: FlashAuditLog, next: EventSink, onProblem: (text: string) => void): EventSink {
  let lastProblem = "";
  return {
    emit(event: FirmwareEvent): void {
      try {
        log.append(event);
      } catch (e) {
        const text = "audit append failed: " + String(e);
        if (text !== lastProblem) onProblem(text);
        lastProblem = text;
      }
      next.emit(event);
      const notices = log.takeNotices();
      for (let i = 0; i < notices.length; i++) next.emit({ t: event.t, type: notices[i] });
    },
  };
}
