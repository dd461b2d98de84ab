import fc from "fast-check";
import type { LockerBank } from "../../../hal/virtual/locker-bank";
import type { ResetCause } from "../../../hal/virtual/virtual-board";

export type InputAction =
  | { kind: "door"; locker: number; open: boolean }
  | { kind: "door-noise"; locker: number; ms: number }
  | { kind: "tamper"; on: boolean }
  | { kind: "lockdown"; on: boolean }
  | { kind: "wait"; ms: number };

export type ResetAction = { kind: "reboot"; cause: ResetCause; afterMs: number } | { kind: "power-cut"; offMs: number; afterMs: number };

export interface ResetStep {
  inputs: InputAction[];
  reset: ResetAction;
}

export function inputAction(lockers: number): fc.Arbitrary<InputAction> {
  return fc.oneof(
    fc.record({ kind: fc.constant("door" as const), locker: fc.integer({ min: 1, max: lockers }), open: fc.boolean() }),
    fc.record({ kind: fc.constant("door-noise" as const), locker: fc.integer({ min: 1, max: lockers }), ms: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ kind: fc.constant("tamper" as const), on: fc.boolean() }),
    fc.record({ kind: fc.constant("lockdown" as const), on: fc.boolean() }),
    fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 20_000 }) }),
  );
}

/** How long into a boot the reset lands: often within the first milliseconds, where boot code runs. */
const resetDelay = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10_000 }));

export const resetAction: fc.Arbitrary<ResetAction> = fc.oneof(
  fc.record({
    kind: fc.constant("reboot" as const),
    cause: fc.constantFrom<ResetCause>("pin", "software", "watchdog", "brown-out"),
    afterMs: resetDelay,
  }),
  fc.record({ kind: fc.constant("power-cut" as const), offMs: fc.integer({ min: 0, max: 5000 }), afterMs: resetDelay }),
);

export function resetSteps(lockers: number, resets: number): fc.Arbitrary<ResetStep[]> {
  const step = fc.record({ inputs: fc.array(inputAction(lockers), { maxLength: 5 }), reset: resetAction });
  return fc.array(step, { minLength: resets, maxLength: resets });
}

export function applyInput(bank: LockerBank, action: InputAction): void {
  const device = bank.device;
  switch (action.kind) {
    case "door":
      bank.door(action.locker).set(action.open);
      device.advance(100);
      return;
    case "door-noise": {
      const door = bank.door(action.locker);
      door.set(!door.isOpen);
      device.advance(action.ms);
      door.set(!door.isOpen);
      device.advance(100);
      return;
    }
    case "tamper":
      bank.tamper.set(action.on);
      device.advance(100);
      return;
    case "lockdown":
      bank.lockdownInput?.set(action.on);
      device.advance(150);
      return;
    case "wait":
      device.advance(action.ms);
  }
}

export function applyReset(bank: LockerBank, action: ResetAction): void {
  const device = bank.device;
  device.advance(action.afterMs);
  if (action.kind === "reboot") {
    device.reboot(action.cause);
  } else {
    device.powerCut();
    device.advance(action.offMs);
    device.powerOn();
  }
}
