import type { LockerDefinition, TimingDefinition } from "../board";
import type { LockerEvent } from "../interfaces/devices";
import type { DigitalOutput } from "../interfaces/digital";
import type { Hal } from "../interfaces/hal";
import { LockerBank, type LockerBankTiming } from "./locker-bank";

/**
 * Every lock output, driven secured, in locker order. Call this before creating any other
 * output, input or timer: whatever fails afterwards, no solenoid is left energised.
 */
export function createLockOutputs(hal: Hal, lockers: LockerDefinition[]): DigitalOutput[] {
  const locks: DigitalOutput[] = [];
  for (let i = 0; i < lockers.length; i++) {
    locks.push(hal.digitalOutput({ pin: lockers[i].lock.pin, activeLow: lockers[i].lock.activeLow }));
  }
  return locks;
}

/** The board's timing with the documented defaults for fields a board file leaves out. */
export function lockerTiming(timing: TimingDefinition): LockerBankTiming {
  return {
    releasePulseMs: timing.releasePulseMs,
    heldOpenMs: timing.heldOpenMs !== undefined ? timing.heldOpenMs : 30000,
    heldOpenReminderMs: timing.heldOpenReminderMs !== undefined ? timing.heldOpenReminderMs : 60000,
    releaseGapMs: timing.releaseGapMs !== undefined ? timing.releaseGapMs : 200,
    latchCheckMs: timing.latchCheckMs !== undefined ? timing.latchCheckMs : 3000,
  };
}

export interface LockerBankOnPinsOptions {
  lockers: LockerDefinition[];
  timing: TimingDefinition;
  maxSimultaneousReleases: number;
  onEvent: (event: LockerEvent) => void;
  /** Lock outputs made earlier by createLockOutputs; made here (first) when absent. */
  locks?: DigitalOutput[];
}

/** The bank on the board's own pins: lock outputs (first, secured), then the door sensors. */
export function createLockerBank(hal: Hal, options: LockerBankOnPinsOptions): LockerBank {
  const lockers = options.lockers;
  const locks = options.locks !== undefined ? options.locks : createLockOutputs(hal, lockers);
  const holdWhileOpen: boolean[] = [];
  for (let i = 0; i < lockers.length; i++) holdWhileOpen.push(lockers[i].releaseMode === "hold-while-open");
  return new LockerBank({
    clock: hal.clock,
    locks: locks,
    holdWhileOpen: holdWhileOpen,
    openDoor: (index, onChange) => {
      const door = lockers[index].door;
      return hal.digitalInput({
        pin: door.pin,
        activeLow: door.activeLow,
        pull: door.pull,
        debounceMs: door.debounceMs,
        onChange: onChange,
      });
    },
    maxSimultaneousReleases: options.maxSimultaneousReleases,
    timing: lockerTiming(options.timing),
    onEvent: options.onEvent,
  });
}
