/**
 * What the locker logic (src/) sees of the devices: events in users' terms, never pin levels
 * or bus transactions. Drivers in hal/drivers/ implement these; src/ depends only on this file.
 */

/** 1-based locker number, as users, the keypad and the audit log speak of it. */
export type LockerNumber = number;

export type LockerEventType =
  | "released" // the lock output went active (pulse start, or hold start)
  | "relocked" // the lock output went back to secured
  | "door-opened"
  | "door-closed"
  | "forced" // door opened while the lock was secured
  | "held-open" // door open past the board's held-open time
  | "held-open-reminder" // still open, repeated every reminder period
  | "lock-fail"; // released but the door never opened, or closed but the latch never secured

export interface LockerEvent {
  type: LockerEventType;
  locker: LockerNumber;
  /** Board clock, ms. */
  timeMs: number;
  /**
   * Why, where one event type has several causes: lock-fail "not-opened" (released, the door never
   * opened) or "not-latched" (the door closed, then opened again while secured within the latch
   * check time) or "not-driven" (the lock output could not be driven: its expander does not
   * answer); door-opened "at-start" (already open when the driver started).
   */
  reason?: string;
}

export interface LockerBankOptions {
  onEvent: (event: LockerEvent) => void;
}

/** Every lock and door sensor of the bank (direct pins or I/O expanders alike). */
export interface LockerBankDriver {
  readonly count: number;
  /**
   * Releases one locker for the board's pulse time (or holds it until `secure` for maglocks).
   * Queued, not refused, when the supply already drives as many solenoids as it allows.
   */
  release(locker: LockerNumber): void;
  /** Releases every locker in staggered groups no larger than the supply allows. */
  releaseAll(): void;
  /** Secures one locker now (cancels a pending or running release). */
  secure(locker: LockerNumber): void;
  /** Secures every locker now (lockdown, self-test abort). */
  secureAll(): void;
  isReleased(locker: LockerNumber): boolean;
  isDoorOpen(locker: LockerNumber): boolean;
}

/** One card as a reader saw it: the full UID (4, 7 or 10 bytes) or the Wiegand card number. */
export interface CardRead {
  /** Index into board.cardReaders. */
  reader: number;
  source: "wiegand" | "mfrc522";
  /** UID bytes (MFRC522) or the card-number bits packed big-endian (Wiegand, parity removed). */
  uid: Uint8Array;
  /** Wiegand: frame length in bits (26, 34); MFRC522: 8 × uid length. */
  bits: number;
  timeMs: number;
}

export interface CardReaderOptions {
  onCard: (card: CardRead) => void;
  /** MFRC522: the card left the field. */
  onCardRemoved?: (reader: number, timeMs: number) => void;
  /** A refused frame or a reader fault: counted and logged, never used. */
  onFault: (reader: number, fault: string, timeMs: number) => void;
}

/** Keys as typed: "0"-"9", "*", "#". */
export interface KeypadOptions {
  onKey: (key: string, timeMs: number) => void;
  /** Ghost keys, two keys at once, a stuck key. */
  onFault: (fault: string, timeMs: number) => void;
}

export interface PinEntryOptions {
  /** `#` pressed: the digits typed since the last clear (may be empty). */
  onEntry: (digits: string, timeMs: number) => void;
  /** `*` pressed, inter-key timeout or too many digits. */
  onCleared: (why: "star" | "timeout" | "too-long", timeMs: number) => void;
  /** Every accepted key, for feedback (beep). */
  onKey?: (key: string, timeMs: number) => void;
}

export type IndicatorPattern = "granted" | "denied" | "key" | "alarm" | "lockdown" | "off";

/** Buzzer and LEDs: non-blocking patterns. */
export interface Indicators {
  show(pattern: IndicatorPattern): void;
}
