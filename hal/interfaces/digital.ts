import type { InputPinDefinition, OutputPinDefinition } from "../board";

/**
 * Logic speaks "active"/"idle" (released/secured, on/off); only the board data knows which
 * level that is.
 */
export interface DigitalOutputOptions extends OutputPinDefinition {
  /** State to drive at construction. Default false: idle (a lock stays secured). */
  initiallyActive?: boolean;
  /**
   * Drive only the low level and float otherwise (Espruino "opendrain"). Keypad rows use it so
   * two held keys on one column never short a high output against a low one.
   */
  openDrain?: boolean;
}

export interface DigitalOutput {
  setActive(active: boolean): void;
  /** The state last driven (not read back from the pin). */
  isActive(): boolean;
}

export interface DigitalInputOptions extends InputPinDefinition {
  /**
   * Called from the main loop after a debounced change, once per change of the logical state
   * (a repeated report of the same state is not passed on). `timeMs` is on the Clock's scale:
   * when the level changed.
   */
  onChange: (active: boolean, timeMs: number) => void;
}

export interface DigitalInput {
  /** Reads the pin now. */
  isActive(): boolean;
  /** Stops the watch; onChange is not called again. */
  close(): void;
}

export interface PulseInputOptions {
  pin: string;
  /** The pulse is the active level (Wiegand: low). */
  activeLow: boolean;
  pull: "up" | "down" | "none";
  /**
   * Called from the main loop once per pulse, with the time its leading edge happened (Clock
   * scale, taken when the edge interrupted, so exact even when the callback runs late).
   * No debounce: pulses may be a few tens of microseconds long.
   */
  onPulse: (timeMs: number) => void;
}
