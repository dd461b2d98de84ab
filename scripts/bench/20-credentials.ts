/**
 * Credential table on the virtual board: the firmware's credential module (scripts/credentials/
 * probe.ts) loads a table of N users through the streaming install, then looks up cards and
 * PINs. Flash reads are counted by the NOR model; variables by the board's memory estimate.
 * The shipped virtual board's A/B slots are 48 KB each (about 900 users of this mix), so the
 * bench board gives each slot 512 KB; nothing else differs.
 */
import { randomBytes } from "node:crypto";
import type { BoardDefinition } from "../../hal/board";
import { loadBoards } from "../build/boards";
import { buildBundle, type UserSpec } from "../credentials/bundle-builder";
import { bootCredentialsBoard, streamBundle } from "../credentials/probe";

export const title = "Credentials: flash reads per lookup, variables in use, bytes per user (1 card + PIN + duress PIN each)";

function benchBoard(): BoardDefinition {
  const virtual = loadBoards().find((b) => b.id === "virtual")!;
  const start = virtual.flash.free[0].start;
  const slot = 512 * 1024;
  return {
    ...virtual,
    flash: {
      ...virtual.flash,
      free: [{ start, size: 8192 + 2 * slot + 64 * 1024, eraseUnit: 4096 }],
      partitions: {
        state: { start, size: 8192 },
        credentials: { a: { start: start + 8192, size: slot }, b: { start: start + 8192 + slot, size: slot } },
        log: { start: start + 8192 + 2 * slot, size: 64 * 1024 },
      },
    },
  };
}

const uid = (i: number) => (0x10000000 + i * 7919).toString(16);
const pin = (i: number) => String(10_000_000 + i * 13);

function users(count: number): UserSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 1000 + i,
    role: "sro" as const,
    lockers: [1 + (i % 8)],
    schedule: [{ days: "weekdays" as const, start: "07:00", end: "17:00" }],
    cards: [uid(i)],
    pin: pin(i),
    duressPin: String(20_000_000 + i * 13),
  }));
}

export async function run(): Promise<string[]> {
  const board = benchBoard();
  const identity = { id: "bench-1", key: new Uint8Array(randomBytes(32)) };
  const lines = ["users   table bytes   bytes/user   reads/card hit   reads/PIN hit   reads/miss   vars empty   vars with table   vars during lookup   boot reads (no table)   boot reads (table)"];
  for (const count of [50, 500, 5000]) {
    const bundle = buildBundle({ deviceId: identity.id, version: 1, issuedAt: 1_750_000_000, users: users(count) }, identity.key);
    const device = await bootCredentialsBoard(identity, board);
    const empty = device.memory().usage;
    device.flash.resetCounters();
    device.reboot();
    const bootReadsEmpty = device.flash.counters.reads;
    const result = streamBundle(device, bundle);
    if (!result.includes('"installed"')) throw new Error(`bench install refused: ${result}`);
    device.flash.resetCounters();
    device.reboot();
    const bootReads = device.flash.counters.reads;
    const withTable = device.memory().usage;

    const samples = 20;
    const reads = (expr: (i: number) => string) => {
      let total = 0;
      let peak = 0;
      for (let s = 0; s < samples; s++) {
        const i = Math.floor((s * count) / samples);
        device.flash.resetCounters();
        device.evaluate(`var found = ${expr(i)}`);
        total += device.flash.counters.reads;
        peak = Math.max(peak, device.memory().usage);
      }
      return { perLookup: total / samples, peak };
    };
    const bytes = (hex: string) => `new Uint8Array([${[...Buffer.from(hex, "hex")].join(",")}])`;
    const card = reads((i) => `credentials.store.lookupCard(${bytes(uid(i))})`);
    const pinHit = reads((i) => `credentials.store.lookupPin("${pin(i)}")`);
    const miss = reads((i) => `credentials.store.lookupCard(${bytes((0x0f000000 + i).toString(16))})`);
    device.dispose();
    lines.push(
      `${String(count).padStart(5)} ${String(bundle.length).padStart(13)} ${(bundle.length / count).toFixed(1).padStart(12)} ` +
        `${card.perLookup.toFixed(1).padStart(16)} ${pinHit.perLookup.toFixed(1).padStart(15)} ${miss.perLookup.toFixed(1).padStart(12)} ` +
        `${String(empty).padStart(12)} ${String(withTable).padStart(17)} ${String(Math.max(card.peak, pinHit.peak, miss.peak)).padStart(20)} ` +
        `${String(bootReadsEmpty).padStart(23)} ${String(bootReads).padStart(20)}`,
    );
  }
  lines.push("reads/…: NOR reads per lookup (binary search steps + user record + schedule); vars: interpreter variables (board estimate)");
  lines.push("boot reads: NOR reads of the probe's boot (state + both slots' headers + the body digest of the table chosen, 1 KB a read)");
  return lines;
}
