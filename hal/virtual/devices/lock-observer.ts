/**
 * Watches a lock (solenoid / maglock driver) output. "Released" means the firmware drives the
 * output to its active level; an undriven pin (input, floating) energises nothing, so it counts
 * as secured — as on the real driver boards, where nothing is energised during boot or reset.
 */
import type { OutputPinDefinition } from "../../board";
import type { PinHistoryEntry, VirtualPin } from "../runtime/pins";
import type { PinSource } from "./switch";

export class LockObserver {
  private readonly line: VirtualPin;

  constructor(
    board: PinSource,
    readonly definition: Pick<OutputPinDefinition, "pin" | "activeLow">,
  ) {
    this.line = board.pin(definition.pin);
  }

  get pin(): VirtualPin {
    return this.line;
  }

  private get activeLevel(): 0 | 1 {
    return this.definition.activeLow ? 0 : 1;
  }

  get released(): boolean {
    return this.line.isOutput && this.line.level === this.activeLevel;
  }

  get secured(): boolean {
    return !this.released;
  }

  /** True when the pin is driven as an output at its secured level. */
  get drivenSecured(): boolean {
    return this.line.isOutput && this.line.level !== this.activeLevel;
  }

  /** History entries where the output was driven (mode output), in order. */
  get drivenHistory(): PinHistoryEntry[] {
    return this.line.history.filter((h) => h.mode === "output" || h.mode === "opendrain");
  }

  /** The first level the firmware drove: true when it was the secured one. */
  get firstDriveWasSecured(): boolean | undefined {
    const first = this.drivenHistory[0];
    return first === undefined ? undefined : first.level !== this.activeLevel;
  }

  /** Virtual time (ms) at which the output was first driven, if it was. */
  get firstDrivenAtMs(): number | undefined {
    return this.drivenHistory[0]?.timeMs;
  }
}
