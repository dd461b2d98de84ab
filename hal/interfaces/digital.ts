import type { InputPinDefinition, OutputPinDefinition } from "../board";

/**
 * Logic speaks "active"/"idle" (released/secured, on/off); only the board data knows which
 * level that is.
 */
export interface DigitalOutputOptions extends OutputPinDefinition {
  /** State to drive at construction. Default false: idle (a lock stays secured). */
  initiallyActive?: boolean;
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
