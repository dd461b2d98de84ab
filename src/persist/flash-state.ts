import type { FlashPartitionDefinition } from "../../hal/board";
import type { FlashPages } from "../../hal/interfaces/flash";
import { createFlashArea, type ErasableArea } from "./byte-area";
import { checkDurableEntry, type DurableState } from "./durable-state";
import {
  appendRecord,
  encodeHeader,
  encodeRecord,
  HEADER_SIZE,
  RECORD_SIZE,
  replayRecords,
  SEAL,
  sealedGeneration,
  sealOffset,
  type Crc32,
} from "./state-records";

const BANK_MAGIC = "DST1";

export interface FlashStateOptions {
  flash: FlashPages;
  /** The board's `flash.partitions.state`: at least two erase units. */
  partition: FlashPartitionDefinition;
  crc32: Crc32;
  /** Told once when no complete bank was found and the store starts empty. */
  onFault?: (reason: string) => void;
}

/**
 * DurableState in two banks of raw flash (each half of the partition, whole erase units).
 *
 * The active bank is the sealed one with the highest generation. A set appends one record to it.
 * When it is full, the live values (with the new one) are compacted into the other bank:
 * erase it, program header + records, read them back, program the seal. Keys at 0 are left out
 * (0 and unset are the same, durable-state.ts), so the bank holds only keys that mean something.
 * Until the seal lands the old bank is still the active one, so a cut at any operation leaves
 * every key with its old value (or, once the seal is programmed, the new one). The bank left
 * behind is erased only at the next compaction.
 */
export function openFlashState(options: FlashStateOptions): DurableState {
  const flash = options.flash;
  const crc32 = options.crc32;
  const unit = flash.eraseUnitAt(options.partition.start).size;
  const units = Math.floor(options.partition.size / unit);
  if (units < 2) throw new Error("state partition needs two erase units, has " + units);
  const bankSize = Math.floor(units / 2) * unit;
  const banks: ErasableArea[] = [
    createFlashArea(flash, options.partition.start, bankSize),
    createFlashArea(flash, options.partition.start + bankSize, bankSize),
  ];
  const slots = Math.floor((bankSize - HEADER_SIZE) / RECORD_SIZE);

  const keys: string[] = [];
  const values: number[] = [];
  let active = -1;
  let generation = 0;
  let next = HEADER_SIZE;

  /** Keys holding a value other than 0, not counting the one at `except`. */
  function countNonZero(except: number): number {
    let count = 0;
    for (let i = 0; i < values.length; i++) if (i !== except && values[i] !== 0) count++;
    return count;
  }

  function writeBank(target: number, newGeneration: number): void {
    const bank = banks[target];
    bank.erase();
    const image = new Uint8Array(HEADER_SIZE + countNonZero(-1) * RECORD_SIZE);
    image.set(encodeHeader(BANK_MAGIC, newGeneration, crc32), 0);
    let offset = HEADER_SIZE;
    for (let i = 0; i < keys.length; i++) {
      if (values[i] === 0) continue;
      image.set(encodeRecord(keys[i], values[i], crc32), offset);
      offset += RECORD_SIZE;
    }
    bank.program(0, image);
    const back = bank.read(0, image.length);
    for (let i = 0; i < image.length; i++) {
      if (back[i] !== image[i]) throw new Error("durable state: flash did not take the compacted bank");
    }
    bank.program(sealOffset(), SEAL);
    if (sealedGeneration(bank, BANK_MAGIC, crc32) !== newGeneration) throw new Error("durable state: seal did not take");
    active = target;
    generation = newGeneration;
    next = image.length;
    // RAM follows the bank now sealed: keys at 0 are gone from both.
    for (let i = keys.length - 1; i >= 0; i--) {
      if (values[i] !== 0) continue;
      keys.splice(i, 1);
      values.splice(i, 1);
    }
  }

  const generations = [sealedGeneration(banks[0], BANK_MAGIC, crc32), sealedGeneration(banks[1], BANK_MAGIC, crc32)];
  for (let i = 0; i < 2; i++) {
    const g = generations[i];
    if (g !== undefined && (active < 0 || g > generation)) {
      active = i;
      generation = g;
    }
  }
  if (active < 0) {
    if (options.onFault !== undefined) options.onFault("no complete state bank: starting empty");
    writeBank(0, 1);
  } else {
    next = replayRecords(banks[active], crc32, keys, values);
  }

  function setValue(key: string, value: number): void {
    const at = keys.indexOf(key);
    if (at >= 0 ? values[at] === value : value === 0) return;
    if (next + RECORD_SIZE <= bankSize) {
      appendRecord(banks[active], next, key, value, crc32);
      next += RECORD_SIZE;
      if (at < 0) {
        keys.push(key);
        values.push(value);
      } else {
        values[at] = value;
      }
      return;
    }
    // Compact with the new value in place; RAM keeps the old value until the seal is down.
    const liveCount = countNonZero(at) + (value !== 0 ? 1 : 0);
    if (liveCount >= slots) throw new Error("durable state full: " + liveCount + " keys in " + slots + " slots");
    const previous = at >= 0 ? values[at] : 0;
    if (at < 0) {
      keys.push(key);
      values.push(value);
    } else {
      values[at] = value;
    }
    try {
      writeBank(1 - active, generation + 1);
    } catch (e) {
      if (at < 0) {
        keys.pop();
        values.pop();
      } else {
        values[at] = previous;
      }
      throw e;
    }
  }

  return {
    get(key: string): number | undefined {
      const at = keys.indexOf(key);
      return at < 0 ? undefined : values[at];
    },
    set(key: string, value: number): void {
      checkDurableEntry(key, value);
      setValue(key, value);
    },
    entries(): Array<[string, number]> {
      const result: Array<[string, number]> = [];
      for (let i = 0; i < keys.length; i++) result.push([keys[i], values[i]]);
      return result;
    },
    describe(): string {
      return (
        "flash state: 2 banks of " + bankSize + " bytes, generation " + generation + ", " + keys.length +
        " keys, " + Math.floor(((next - HEADER_SIZE) / RECORD_SIZE) * 100 / slots) + "% of bank used"
      );
    },
  };
}
