import { checkDurableEntry, type DurableState } from "./durable-state";

/**
 * DurableState in RAM, for host tests of logic that persists (policy, throttling, audit).
 * `failNextSet` makes the next set throw, the way a flash failure does, so callers can prove
 * they do not act on a value that was not persisted. `reboot()` returns a store with the same
 * values, the way flash keeps them.
 */
export interface MemoryDurableState extends DurableState {
  failNextSet(message: string): void;
  /** Number of successful sets (writes that would cost flash). */
  writes(): number;
  reboot(): MemoryDurableState;
}

export function createMemoryState(initial?: Array<[string, number]>): MemoryDurableState {
  const keys: string[] = [];
  const values: number[] = [];
  let pendingFailure: string | undefined = undefined;
  let writeCount = 0;

  function indexOf(key: string): number {
    return keys.indexOf(key);
  }

  function store(key: string, value: number): void {
    const at = indexOf(key);
    if (at < 0) {
      keys.push(key);
      values.push(value);
    } else {
      values[at] = value;
    }
  }

  if (initial !== undefined) {
    for (let i = 0; i < initial.length; i++) store(initial[i][0], initial[i][1]);
  }

  const state: MemoryDurableState = {
    get(key: string): number | undefined {
      const at = indexOf(key);
      return at < 0 ? undefined : values[at];
    },
    set(key: string, value: number): void {
      checkDurableEntry(key, value);
      if (pendingFailure !== undefined) {
        const message = pendingFailure;
        pendingFailure = undefined;
        throw new Error(message);
      }
      store(key, value);
      writeCount++;
    },
    entries(): Array<[string, number]> {
      const result: Array<[string, number]> = [];
      for (let i = 0; i < keys.length; i++) result.push([keys[i], values[i]]);
      return result;
    },
    describe(): string {
      return "memory " + keys.length + " keys";
    },
    failNextSet(message: string): void {
      pendingFailure = message;
    },
    writes(): number {
      return writeCount;
    },
    reboot(): MemoryDurableState {
      return createMemoryState(state.entries());
    },
  };
  return state;
}
