import type { Hal } from "../hal/interfaces/hal";
import type { DigitalInput, DigitalOutput } from "../hal/interfaces/digital";
import type { EventSink, FirmwareEvent } from "./events";

export const FIRMWARE_VERSION = "0.1.0";

/** Longest the main loop may stall before the watchdog resets the board (locks stay secured). */
const WATCHDOG_TIMEOUT_MS = 8000;

export interface Firmware {
  /** Lock outputs in locker order (locker 1 first). */
  readonly locks: DigitalOutput[];
  readonly doors: DigitalInput[];
}

/**
 * Boot order is the safety argument: every lock output is driven to its secured level before
 * any other pin, timer or input is touched, so nothing after it — a bad board file, a crash,
 * a watchdog reset — can leave a solenoid energised.
 */
export function startFirmware(hal: Hal, events: EventSink): Firmware {
  const board = hal.board;
  const locks: DigitalOutput[] = [];
  for (let i = 0; i < board.lockers.length; i++) {
    locks.push(hal.digitalOutput({ pin: board.lockers[i].lock.pin, activeLow: board.lockers[i].lock.activeLow }));
  }
  if (board.silentAlarm !== undefined) hal.digitalOutput(board.silentAlarm);
  hal.digitalOutput(board.buzzer);
  const statusLed = hal.digitalOutput(board.statusLed);
  if (board.grantedLed !== undefined) hal.digitalOutput(board.grantedLed);
  if (board.deniedLed !== undefined) hal.digitalOutput(board.deniedLed);

  hal.watchdog.enable(WATCHDOG_TIMEOUT_MS);

  function emit(type: string, locker: number | undefined, detail: string | undefined): void {
    const event: FirmwareEvent = { t: Math.round(hal.clock.now()), type: type };
    if (locker !== undefined) event.locker = locker;
    if (detail !== undefined) event.detail = detail;
    events.emit(event);
  }

  emit(
    "boot",
    undefined,
    "firmware " + FIRMWARE_VERSION + " board " + board.id + " interpreter " + hal.system.interpreterVersion +
      " reset " + hal.resetCause.get() + " lockers " + board.lockers.length,
  );

  const doors: DigitalInput[] = [];
  board.lockers.forEach((locker, index) => {
    doors.push(
      hal.digitalInput({
        pin: locker.door.pin,
        activeLow: locker.door.activeLow,
        pull: locker.door.pull,
        debounceMs: locker.door.debounceMs,
        onChange: (open) => emit(open ? "door-opened" : "door-closed", index + 1, undefined),
      }),
    );
  });
  hal.digitalInput({
    pin: board.tamper.pin,
    activeLow: board.tamper.activeLow,
    pull: board.tamper.pull,
    debounceMs: board.tamper.debounceMs,
    onChange: (open) => emit(open ? "tamper-opened" : "tamper-closed", undefined, undefined),
  });
  if (board.lockdownInput !== undefined) {
    hal.digitalInput({
      pin: board.lockdownInput.pin,
      activeLow: board.lockdownInput.activeLow,
      pull: board.lockdownInput.pull,
      debounceMs: board.lockdownInput.debounceMs,
      onChange: (requested) => emit(requested ? "lockdown-input-active" : "lockdown-input-idle", undefined, undefined),
    });
  }

  let heartbeatOn = false;
  hal.clock.setInterval(() => {
    heartbeatOn = !heartbeatOn;
    statusLed.setActive(heartbeatOn);
    hal.watchdog.kick();
  }, board.timing.heartbeatMs / 2);

  return { locks: locks, doors: doors };
}
