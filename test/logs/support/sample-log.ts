/** Clean audit logs made with the device's own record code, for verifier and export tests. */
import { encodeRecord, RECORD_BYTES, RESULT_DENIED, RESULT_NONE } from "../../../src/audit/record";
import { hostRecordCrypto } from "../../../scripts/logs/verify";

export const DEVICE_KEY = new Uint8Array(32).fill(0x5a);
export const OTHER_DEVICE_KEY = new Uint8Array(32).fill(0xa5);

export interface SampleLogOptions {
  count: number;
  firstSeq?: number;
  key?: Uint8Array;
  /** Records of each epoch before the next boot. */
  perEpoch?: number;
}

/** `count` chained records from firstSeq (default 1), the first starting the chain. */
export function sampleLog(opts: SampleLogOptions): Uint8Array[] {
  const key = opts.key ?? DEVICE_KEY;
  const firstSeq = opts.firstSeq ?? 1;
  const perEpoch = opts.perEpoch ?? 7;
  const records: Uint8Array[] = [];
  let prevMac = new Uint8Array(8);
  for (let i = 0; i < opts.count; i++) {
    const seq = firstSeq + i;
    const bytes = encodeRecord(
      {
        seq,
        epoch: 1 + Math.floor((seq - 1) / perEpoch),
        time: 1_700_000_000 + seq * 60,
        clockTrusted: seq % 3 !== 0,
        type: 1 + (seq % 7),
        locker: seq % 5,
        user: seq % 2 === 0 ? 1000 + seq : undefined,
        result: seq % 4 === 0 ? RESULT_DENIED : RESULT_NONE,
        reason: seq % 4 === 0 ? 4 : 0,
        credVersion: 3,
        chainStart: i === 0 && firstSeq === 1,
      },
      prevMac,
      key,
      hostRecordCrypto,
    );
    prevMac = bytes.slice(20, 28);
    records.push(bytes);
  }
  return records;
}

export function joined(records: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(records.length * RECORD_BYTES);
  records.forEach((r, i) => out.set(r, i * RECORD_BYTES));
  return out;
}

/**
 * A record slot whose write was cut after `cutAt` bytes (1..30): what follows is still erased
 * (0xFF) and the byte the cut hit kept some of its 1 bits (`noise`), as a torn NOR program does.
 */
export function tornSlot(record: Uint8Array, cutAt: number, noise: number): Uint8Array {
  const slot = record.slice();
  for (let i = cutAt; i < RECORD_BYTES; i++) slot[i] = 0xff;
  slot[cutAt - 1] |= noise & 0xff;
  return slot;
}
