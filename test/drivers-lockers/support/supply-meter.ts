import type { LockerBank } from "../../../hal/virtual/locker-bank";

/**
 * Follows every lock output of a bank in the order the pins change and keeps the most that were
 * released at the same moment, and each locker's release count.
 */
export function meterLockOutputs(bank: LockerBank): { maxActive: () => number; releases: () => number[] } {
  let max = 0;
  const releases = bank.locks.map(() => 0);
  const was = bank.locks.map((lock) => lock.released);
  bank.locks.forEach((lock, index) => {
    lock.pin.onStateChange(() => {
      const now = lock.released;
      if (now && !was[index]) releases[index]++;
      was[index] = now;
      max = Math.max(max, bank.locks.filter((l) => l.released).length);
    });
  });
  return { maxActive: () => max, releases: () => [...releases] };
}
