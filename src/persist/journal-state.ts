import { isErased, type ByteArea } from "./byte-area";
import { checkDurableEntry, type DurableState } from "./durable-state";
import {
  appendRecord,
  encodeHeader,
  HEADER_SIZE,
  RECORD_SIZE,
  replayRecords,
  SEAL,
  sealedGeneration,
  sealOffset,
  type Crc32,
} from "./state-records";

const JOURNAL_MAGIC = "DSJ1";

export interface JournalStateOptions {
  /**
   * A Storage file created ONCE, at provisioning, with its full size (unwritten bytes read 0xFF)
   * and afterwards only programmed into erased bytes, so Storage never needs to move or
   * compact it. See hal/espruino/storage-file-area.ts.
   */
  file: ByteArea;
  crc32: Crc32;
  onFault?: (reason: string) => void;
}

/**
 * DurableState for boards without a `state` partition (Espruino Pico, Espruino WiFi): an
 * append-only journal in a preallocated Storage file, records as in state-records.ts.
 *
 * It cannot compact: that would mean erasing, and in Storage erasing means compaction, which is
 * not power-safe (a cut there and the interpreter erases ALL of Storage at the next boot).
 * So when the journal is full, `set` throws "state journal full": the caller must refuse the
 * change it wanted to latch and log a fault, and a technician rewrites the journal during
 * maintenance (scripts/credentials README). With 28-byte records a 4 KB file takes 145 writes.
 *
 * The journal is only as safe as Storage itself: if anything else compacts Storage and is cut,
 * the interpreter erases Storage and the journal with it; the firmware then starts with no
 * latched state and reports the fault.
 */
export function openJournalState(options: JournalStateOptions): DurableState {
  const file = options.file;
  const crc32 = options.crc32;
  const keys: string[] = [];
  const values: number[] = [];
  const slots = Math.floor((file.size - HEADER_SIZE) / RECORD_SIZE);

  if (sealedGeneration(file, JOURNAL_MAGIC, crc32) === undefined) {
    // A freshly allocated file gets its header, then its seal, each one program into erased bytes;
    // a cut between the two leaves an intact unsealed header, which is finished here.
    const header = encodeHeader(JOURNAL_MAGIC, 1, crc32);
    const present = file.read(0, HEADER_SIZE);
    let intact = true;
    for (let i = 0; i < HEADER_SIZE; i++) if (present[i] !== header[i]) intact = false;
    if (isErased(present)) file.program(0, header);
    else if (!intact) throw new Error("state journal header is damaged: maintenance rewrite needed");
    file.program(sealOffset(), SEAL);
    if (options.onFault !== undefined) options.onFault("state journal was empty: starting empty");
  }
  let next = replayRecords(file, crc32, keys, values);

  return {
    get(key: string): number | undefined {
      const at = keys.indexOf(key);
      return at < 0 ? undefined : values[at];
    },
    set(key: string, value: number): void {
      checkDurableEntry(key, value);
      const at = keys.indexOf(key);
      if (at >= 0 && values[at] === value) return;
      if (next + RECORD_SIZE > file.size) throw new Error("state journal full: maintenance rewrite needed");
      appendRecord(file, next, key, value, crc32);
      next += RECORD_SIZE;
      if (at < 0) {
        keys.push(key);
        values.push(value);
      } else {
        values[at] = value;
      }
    },
    entries(): Array<[string, number]> {
      const result: Array<[string, number]> = [];
      for (let i = 0; i < keys.length; i++) result.push([keys[i], values[i]]);
      return result;
    },
    describe(): string {
      const used = (next - HEADER_SIZE) / RECORD_SIZE;
      return "storage journal: " + used + " of " + slots + " records used, " + keys.length + " keys";
    },
  };
}
