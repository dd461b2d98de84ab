import type { Clock } from "../interfaces/clock";
import type { IndicatorPattern, Indicators } from "../interfaces/devices";
import type { DigitalOutput } from "../interfaces/digital";
import { patternSteps, BUZZER, GREEN, RED } from "./indicators-patterns";

export interface IndicatorsOptions {
  clock: Clock;
  buzzer: DigitalOutput;
  /** Absent on boards without one: its part of a pattern is simply not shown. */
  grantedLed?: DigitalOutput;
  deniedLed?: DigitalOutput;
}

/**
 * Buzzer and LEDs playing one pattern at a time from timers, never blocking: a new pattern
 * replaces the one playing (a key beep cuts a "denied" short; "off" silences an alarm).
 */
export class IndicatorOutputs implements Indicators {
  private readonly options: IndicatorsOptions;
  private steps: number[] = [];
  private repeat = false;
  private stepIndex = 0;
  private timer = -1;
  private playing: IndicatorPattern = "off";

  constructor(options: IndicatorsOptions) {
    this.options = options;
    this.drive(0);
  }

  /** The pattern playing now ("off" once a one-shot pattern has finished). */
  current(): IndicatorPattern {
    return this.playing;
  }

  show(pattern: IndicatorPattern): void {
    this.stop();
    const program = patternSteps(pattern);
    this.steps = program.steps;
    this.repeat = program.repeat;
    this.stepIndex = 0;
    this.playing = pattern;
    this.next();
  }

  private stop(): void {
    if (this.timer !== -1) this.options.clock.clear(this.timer);
    this.timer = -1;
  }

  /** Steps are [outputs mask, duration ms] pairs. */
  private next(): void {
    if (this.stepIndex >= this.steps.length) {
      if (!this.repeat || this.steps.length === 0) {
        this.drive(0);
        this.playing = "off";
        this.steps = [];
        return;
      }
      this.stepIndex = 0;
    }
    const mask = this.steps[this.stepIndex];
    const ms = this.steps[this.stepIndex + 1];
    this.stepIndex += 2;
    this.drive(mask);
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = -1;
      this.next();
    }, ms);
  }

  private drive(mask: number): void {
    const o = this.options;
    o.buzzer.setActive((mask & BUZZER) !== 0);
    if (o.grantedLed !== undefined) o.grantedLed.setActive((mask & GREEN) !== 0);
    if (o.deniedLed !== undefined) o.deniedLed.setActive((mask & RED) !== 0);
  }
}
