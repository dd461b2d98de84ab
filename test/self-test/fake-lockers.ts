import type { LockerBankDriver } from "../../hal/interfaces/devices";
import { SelfTest } from "../../src/self-test";

/** A locker bank that records what it was asked to do. */
export class FakeLockers implements LockerBankDriver {
  readonly calls: string[] = [];
  readonly openDoors = new Set<number>();
  constructor(readonly count: number) {}
  release(locker: number): void {
    this.calls.push(`release ${locker}`);
  }
  releaseAll(): void {
    this.calls.push("releaseAll");
  }
  secure(locker: number): void {
    this.calls.push(`secure ${locker}`);
  }
  secureAll(): void {
    this.calls.push("secureAll");
  }
  isReleased(): boolean {
    return false;
  }
  isDoorOpen(locker: number): boolean {
    return this.openDoors.has(locker);
  }
}

export function selfTestOn(lockers: FakeLockers, probes: Array<{ name: string; status: () => string }> = []) {
  const log: string[] = [];
  const test = new SelfTest({
    lockers,
    probes,
    onEvent: (type, locker, detail) => log.push([type, locker, detail].filter((x) => x !== undefined).join(" ")),
  });
  return { test, log };
}
