/**
 * Audit log figures per board, from the board's own log partition and erase unit, measured by
 * driving the log on the host over the NorFlash model (same code as the firmware), and the
 * export rate from the maintenance port's framing (src/maintenance).
 */
import { loadBoards } from "../build/boards";
import { join } from "node:path";
import { NorFlash } from "../../hal/virtual/flash/nor-flash";
import type { FlashPages } from "../../hal/interfaces/flash";
import { openFlashAuditLog } from "../../src/audit/flash-log";
import { RECORD_BYTES } from "../../src/audit/record";
import { createMemoryState } from "../../src/persist/memory-state";
import { FRAME_OVERHEAD } from "../../src/maintenance/frame";
import { RECORDS_HEADER } from "../../src/maintenance/messages";
import { MAX_PAGE_PAYLOAD } from "../../src/maintenance/port";
import { hostCrypto, sampleEvent, TEST_KEY } from "../../test/audit/support/rig";

export const title = "Audit log (per board: flash operations per event, record size, export rate, wear)";

const EVENTS_PER_DAY = 500;
const ERASE_ENDURANCE = 10_000;
const BAUD_BYTES_PER_SECOND = 115_200 / 10;
/** An export request frame: 9 bytes of framing around a 10-byte request, sent before each reply. */
const EXPORT_REQUEST_BYTES = FRAME_OVERHEAD + 10;

export function run(): string[] {
  const lines: string[] = [];
  const perReply = Math.floor((MAX_PAGE_PAYLOAD - RECORDS_HEADER) / RECORD_BYTES);
  const wirePerRecord = RECORD_BYTES + (FRAME_OVERHEAD + RECORDS_HEADER + EXPORT_REQUEST_BYTES) / perReply;
  lines.push(
    `record: ${RECORD_BYTES} bytes (MAC 8, commit word 4); export: ${perReply} records per reply frame, ` +
      `${wirePerRecord.toFixed(1)} wire bytes per record incl. request/reply framing -> ` +
      `${Math.floor(BAUD_BYTES_PER_SECOND / wirePerRecord)} records/s at 115,200 baud 8N1 (USB CDC itself is faster; this is the serial bound)`,
  );
  for (const board of loadBoards(join(import.meta.dirname, "..", "..", "boards"))) {
    const log = board.flash.partitions.log;
    const region = board.flash.free.find((r) => log.start >= r.start && log.start < r.start + r.size)!;
    const nor = new NorFlash({ base: log.start, regions: [{ start: log.start, size: log.size, eraseUnit: region.eraseUnit }], strict: true });
    const flash: FlashPages = {
      regions: [region],
      read: (a, n) => nor.read(a, n),
      program: (a, b) => nor.program(a, b),
      erase: (a) => nor.erase(a),
      eraseUnitAt: (a) => nor.eraseUnitAt(a),
    };
    const state = createMemoryState();
    const audit = openFlashAuditLog({ flash, partition: log, key: TEST_KEY, developmentKey: false, crypto: hostCrypto, state });
    const recordsPerPage = region.eraseUnit / RECORD_BYTES - 1;
    const pages = log.size / region.eraseUnit;
    // The hub acknowledges every 50 events (a single-unit log fills, is acknowledged, is erased).
    // The first rotation fills blank units without erasing; the figures are the 3 rotations after it.
    const rotation = pages * recordsPerPage;
    const appendEvents = (from: number, count: number) => {
      for (let i = from; i < from + count; i++) {
        audit.append(sampleEvent(i));
        if (i % 50 === 49) {
          const status = audit.status();
          audit.acknowledge(status.epoch, status.nextSeq - 1);
        }
      }
    };
    appendEvents(0, rotation);
    const seqBefore = audit.status().nextSeq;
    nor.resetCounters();
    const statesBefore = state.writes();
    appendEvents(rotation, 3 * rotation);
    const written = audit.status().nextSeq - seqBefore;
    const maxErases = Math.max(0, ...nor.eraseCounts().map((u) => u.erases));
    const erasesPerEventMostWorn = maxErases / written;
    const years = ERASE_ENDURANCE / (erasesPerEventMostWorn * EVENTS_PER_DAY) / 365;
    lines.push(
      `${board.id}: log ${log.size / 1024} KB = ${pages} x ${region.eraseUnit / 1024} KB units, ${recordsPerPage} records/unit, capacity ${pages * recordsPerPage}; ` +
        `per event ${(nor.counters.programs / written).toFixed(3)} programs, ${(nor.counters.erases / written).toFixed(5)} erases, ` +
        `${(nor.counters.bytesProgrammed / written).toFixed(1)} bytes programmed, ${((state.writes() - statesBefore) / written).toFixed(4)} state writes (acks every 50 + seq ceiling); ` +
        `most-erased unit ${maxErases} erases over ${written} records -> ${years.toFixed(0)} years to ${ERASE_ENDURANCE} erases at ${EVENTS_PER_DAY} events/day`,
    );
  }
  lines.push("boot scan: every slot read and every record's MAC checked (one HMAC-SHA-256 per record held; up to 4,095 on a Pico).");
  return lines;
}
