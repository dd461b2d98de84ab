/**
 * The people-facing inputs of a bank, built from its board data: the matrix keypad and every
 * Wiegand reader, both feeding one PIN entry (a Wiegand keypad types into the same PIN as the
 * matrix keypad). Card reads and finished PIN entries go to the access logic; faults go to the
 * log. Create it after the locks are secured.
 *
 * Keypad wiring assumed: rows driven low one at a time (open drain), columns read with pull-ups.
 */
import type { KeypadDefinition, WiegandReaderDefinition } from "../hal/board";
import type { CardRead } from "../hal/interfaces/devices";
import type { DigitalInput, DigitalOutput } from "../hal/interfaces/digital";
import type { Hal } from "../hal/interfaces/hal";
import { createMatrixKeypad, type MatrixKeypad } from "../hal/drivers/keypad";
import { createPinEntry, type PinEntry } from "../hal/drivers/pin-entry";
import { createWiegandReader, type WiegandReader } from "../hal/drivers/wiegand";

export type InputFaultSource = "keypad" | "wiegand";

export interface InputsOptions {
  hal: Hal;
  /** `#` pressed: the digits typed (never log them). */
  onEntry: (digits: string, timeMs: number) => void;
  onCleared?: (why: "star" | "timeout" | "too-long", timeMs: number) => void;
  /** Every key that reached the PIN entry, for feedback (beep); never log which key. */
  onKey?: (key: string, timeMs: number) => void;
  /**
   * Sees every key first (matrix or Wiegand keypad); returning true keeps it from the PIN entry
   * (the technician's self-test takes `#`, `*`, `0` while it waits for a confirmation).
   */
  claimKey?: (key: string, timeMs: number) => boolean;
  /** A valid card frame (the UID identifies a person: never log it). */
  onCard: (card: CardRead) => void;
  /** Keypad faults (reader undefined) and refused Wiegand frames, counted by the drivers. */
  onFault: (source: InputFaultSource, reader: number | undefined, fault: string, timeMs: number) => void;
  pinTimeoutMs?: number;
  pinMaxDigits?: number;
}

export interface Inputs {
  keypad: MatrixKeypad | undefined;
  pinEntry: PinEntry;
  /** Wiegand readers by their index in board.cardReaders (undefined for other kinds). */
  wiegand: Array<WiegandReader | undefined>;
}

export function createInputs(options: InputsOptions): Inputs {
  const hal = options.hal;
  const board = hal.board;

  const pinEntry = createPinEntry({
    clock: hal.clock,
    timeoutMs: options.pinTimeoutMs,
    maxDigits: options.pinMaxDigits,
    onEntry: options.onEntry,
    onCleared: function (why, timeMs) {
      if (options.onCleared !== undefined) options.onCleared(why, timeMs);
    },
    onKey: options.onKey,
  });

  function onKey(key: string, timeMs: number): void {
    if (options.claimKey !== undefined && options.claimKey(key, timeMs)) return;
    pinEntry.key(key, timeMs);
  }

  function connectKeypad(definition: KeypadDefinition): MatrixKeypad {
    const rows: DigitalOutput[] = [];
    for (let r = 0; r < definition.rows.length; r++) {
      rows.push(hal.digitalOutput({ pin: definition.rows[r], activeLow: true, openDrain: true, initiallyActive: true }));
    }
    return createMatrixKeypad({
      clock: hal.clock,
      rows: rows,
      layout: definition.layout,
      openColumns: function (onChange) {
        const columns: DigitalInput[] = [];
        for (let c = 0; c < definition.columns.length; c++) {
          columns.push(
            hal.digitalInput({ pin: definition.columns[c], activeLow: true, pull: "up", debounceMs: definition.debounceMs, onChange: onChange }),
          );
        }
        return columns;
      },
      onKey: onKey,
      onFault: function (fault, timeMs) {
        options.onFault("keypad", undefined, fault, timeMs);
      },
    });
  }

  function connectWiegand(definition: WiegandReaderDefinition, index: number): WiegandReader {
    const pull = definition.pull === "none" ? "none" : "up";
    return createWiegandReader({
      reader: index,
      clock: hal.clock,
      openLines: function (onZero, onOne) {
        return [
          hal.pulseInput({ pin: definition.d0, activeLow: true, pull: pull, onPulse: onZero }),
          hal.pulseInput({ pin: definition.d1, activeLow: true, pull: pull, onPulse: onOne }),
        ];
      },
      onCard: options.onCard,
      onKey: onKey,
      onFault: function (reader, fault, timeMs) {
        options.onFault("wiegand", reader, fault, timeMs);
      },
    });
  }

  const wiegand: Array<WiegandReader | undefined> = [];
  board.cardReaders.forEach(function (reader, index) {
    wiegand.push(reader.kind === "wiegand" ? connectWiegand(reader, index) : undefined);
  });

  return {
    keypad: board.keypad !== undefined ? connectKeypad(board.keypad) : undefined,
    pinEntry: pinEntry,
    wiegand: wiegand,
  };
}
