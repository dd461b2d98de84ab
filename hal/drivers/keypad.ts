/**
 * Matrix keypad (3×4, 4×4) without diodes.
 *
 * At rest every row is driven active and the column inputs are watched, so a key anywhere wakes
 * a debounced column change and nothing runs while nobody types. A change starts a scan: all rows
 * idle, then each row active alone while the columns are read. While any key is down the matrix
 * is rescanned every `heldScanMs`, because a second key on an already active column makes no
 * column edge, and because a release is only believed after two empty scans in a row (a bounce
 * while letting go would otherwise read as a second press).
 *
 * One key alone gives one onKey, at the press; holding it gives no repeat. Two keys at once, or
 * three forming an L (which a diode-less matrix cannot tell from the fourth corner, the "ghost"),
 * give one fault and no key until every key is up. A key held past `stuckMs` gives one fault.
 */
import type { Clock, TimerId } from "../interfaces/clock";
import type { KeypadOptions } from "../interfaces/devices";
import type { DigitalInput, DigitalOutput } from "../interfaces/digital";

export const KEYPAD_FAULT_TWO_KEYS = "two-keys";
export const KEYPAD_FAULT_GHOST_KEYS = "ghost-keys";
export const KEYPAD_FAULT_STUCK_KEY = "stuck-key";

const DEFAULT_HELD_SCAN_MS = 40;
const DEFAULT_STUCK_MS = 30000;
/** A stuck key is still watched for, but not at typing speed. */
const STUCK_SCAN_MS = 1000;

const IDLE = 0;
const HELD = 1;
/** Keys are down that must not count (a fault, or held since before the keypad started). */
const BLOCKED = 2;

export interface MatrixKeypadOptions extends KeypadOptions {
  clock: Clock;
  /** Row lines, active = pulling the row low (open drain). */
  rows: DigitalOutput[];
  /**
   * Opens the column inputs (active = connected to an active row), each watched with a debounce
   * and calling `onChange` on any change.
   */
  openColumns: (onChange: () => void) => DigitalInput[];
  /** One string per row, one character per column ("123", "456", "789", "*0#"). */
  layout: string[];
  heldScanMs?: number;
  stuckMs?: number;
}

export interface MatrixKeypad {
  /** Scans now (what a column change does). */
  scan(): void;
  /** For the technician's self-test: "idle", "key down", "keys refused" or "stuck key". */
  health(): string;
  /** Stops watching and scanning; rows are left active. */
  close(): void;
}

export function createMatrixKeypad(options: MatrixKeypadOptions): MatrixKeypad {
  const clock = options.clock;
  const rows = options.rows;
  const layout = options.layout;
  const heldScanMs = options.heldScanMs !== undefined ? options.heldScanMs : DEFAULT_HELD_SCAN_MS;
  const stuckMs = options.stuckMs !== undefined ? options.stuckMs : DEFAULT_STUCK_MS;

  let state = IDLE;
  let heldKey = "";
  let episodeStartMs = 0;
  let emptyScans = 0;
  let stuckReported = false;
  let pollTimer: TimerId | undefined;
  let pollPeriodMs = 0;
  /** Columns active at rest, as the last scan left them: a change to anything else is news. */
  let restingColumns = 0;
  let closed = false;

  // Results of the last matrix read.
  let foundCount = 0;
  let foundKey = "";
  let foundGhost = false;
  let foundColumns = 0;

  function setAllRows(active: boolean): void {
    for (let r = 0; r < rows.length; r++) rows[r].setActive(active);
  }

  function readMatrix(): void {
    foundCount = 0;
    foundKey = "";
    foundColumns = 0;
    let sharedRow = false;
    let sharedColumn = false;
    setAllRows(false);
    for (let r = 0; r < rows.length; r++) {
      rows[r].setActive(true);
      let inRow = 0;
      for (let c = 0; c < columns.length; c++) {
        if (!columns[c].isActive()) continue;
        const bit = 1 << c;
        if ((foundColumns & bit) !== 0) sharedColumn = true;
        foundColumns = foundColumns | bit;
        foundKey = layout[r].charAt(c);
        foundCount++;
        inRow++;
      }
      rows[r].setActive(false);
      if (inRow > 1) sharedRow = true;
    }
    setAllRows(true);
    foundGhost = sharedRow && sharedColumn;
    restingColumns = foundColumns;
  }

  function report(fault: string, timeMs: number): void {
    try {
      options.onFault(fault, timeMs);
    } catch (error) {
      console.log("Keypad fault handler failed: " + error);
    }
  }

  function stopPolling(): void {
    if (pollTimer !== undefined) clock.clear(pollTimer);
    pollTimer = undefined;
    pollPeriodMs = 0;
  }

  function pollEvery(periodMs: number): void {
    if (pollTimer !== undefined && pollPeriodMs === periodMs) return;
    stopPolling();
    pollPeriodMs = periodMs;
    pollTimer = clock.setInterval(scan, periodMs);
  }

  function startEpisode(next: number, nowMs: number): void {
    state = next;
    episodeStartMs = nowMs;
    stuckReported = false;
    emptyScans = 0;
    pollEvery(heldScanMs);
  }

  function scan(): void {
    if (closed) return;
    readMatrix();
    const nowMs = clock.now();
    if (foundCount === 0) {
      if (state === IDLE) return;
      emptyScans++;
      if (emptyScans < 2) return;
      state = IDLE;
      heldKey = "";
      stopPolling();
      return;
    }
    emptyScans = 0;
    if (foundCount > 1) {
      if (state !== BLOCKED) {
        startEpisode(BLOCKED, nowMs);
        report(foundGhost ? KEYPAD_FAULT_GHOST_KEYS : KEYPAD_FAULT_TWO_KEYS, nowMs);
      }
    } else if (state === IDLE || (state === HELD && foundKey !== heldKey)) {
      startEpisode(HELD, nowMs);
      heldKey = foundKey;
      try {
        options.onKey(foundKey, nowMs);
      } catch (error) {
        console.log("Keypad key handler failed: " + error);
      }
    }
    if (!stuckReported && nowMs - episodeStartMs >= stuckMs) {
      stuckReported = true;
      report(KEYPAD_FAULT_STUCK_KEY, nowMs);
      pollEvery(STUCK_SCAN_MS);
    }
  }

  function readRestingColumns(): number {
    let mask = 0;
    for (let c = 0; c < columns.length; c++) if (columns[c].isActive()) mask = mask | (1 << c);
    return mask;
  }

  function onColumnChange(): void {
    // A scan toggles the columns of held keys; if the watch reports those (no debounce), the
    // columns at rest still match what the scan left, and there is nothing new to look at.
    if (readRestingColumns() === restingColumns) return;
    scan();
  }

  setAllRows(true);
  const columns = options.openColumns(onColumnChange);
  readMatrix();
  // A key down before we started (or stuck at power-on) is not a press.
  if (foundCount > 0) startEpisode(BLOCKED, clock.now());

  return {
    scan: scan,
    health(): string {
      if (stuckReported) return "stuck key";
      if (state === HELD) return "key down";
      if (state === BLOCKED) return "keys refused";
      return "idle";
    },
    close(): void {
      closed = true;
      stopPolling();
      for (let c = 0; c < columns.length; c++) columns[c].close();
    },
  };
}
