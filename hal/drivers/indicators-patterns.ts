import type { IndicatorPattern } from "../interfaces/devices";

export const BUZZER = 1;
export const GREEN = 2;
export const RED = 4;

export interface PatternProgram {
  /** [outputs mask, duration ms] pairs. */
  steps: number[];
  /** Repeats until another pattern replaces it. */
  repeat: boolean;
}

/**
 * Built when asked rather than held in a table: the interpreter keeps literals in RAM once
 * evaluated, and only the playing pattern needs to exist.
 */
export function patternSteps(pattern: IndicatorPattern): PatternProgram {
  switch (pattern) {
    case "granted":
      // One short beep, green for two seconds.
      return { steps: [BUZZER | GREEN, 150, GREEN, 1850], repeat: false };
    case "denied":
      // Three beeps with red, red for a second: distinct from granted without looking.
      return { steps: [BUZZER | RED, 120, RED, 100, BUZZER | RED, 120, RED, 100, BUZZER | RED, 120, RED, 1000], repeat: false };
    case "key":
      return { steps: [BUZZER, 40], repeat: false };
    case "alarm":
      // Until silenced: fast red flash with the buzzer.
      return { steps: [BUZZER | RED, 250, 0, 250], repeat: true };
    case "lockdown":
      // Until lifted: slow red flash, one short chirp per cycle.
      return { steps: [BUZZER | RED, 80, RED, 920, 0, 1000], repeat: true };
    default:
      return { steps: [], repeat: false };
  }
}
