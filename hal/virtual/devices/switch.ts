/**
 * A contact on an input: door sensor, tamper switch, lockdown panel input, push button.
 * Drives the pin to the board's active or idle level (its polarity comes from the board file),
 * so the firmware's watch sees it through its debounce like a real contact.
 */
import type { InputPinDefinition } from "../../board";
import type { VirtualPin } from "../runtime/pins";

export interface PinSource {
  pin(name: string): VirtualPin;
}

export class InputSwitch {
  private readonly line: VirtualPin;
  private activeNow = false;

  constructor(
    board: PinSource,
    readonly definition: Pick<InputPinDefinition, "pin" | "activeLow">,
    opts: { active?: boolean } = {},
  ) {
    this.line = board.pin(definition.pin);
    this.set(opts.active ?? false);
  }

  get pin(): VirtualPin {
    return this.line;
  }

  get active(): boolean {
    return this.activeNow;
  }

  set(active: boolean): void {
    this.activeNow = active;
    const high = active !== this.definition.activeLow;
    this.line.drive(high ? 1 : 0);
  }

  activate(): void {
    this.set(true);
  }

  deactivate(): void {
    this.set(false);
  }
}

/** A door: its sensor input is active while the door is open. */
export class Door extends InputSwitch {
  open(): void {
    this.activate();
  }

  close(): void {
    this.deactivate();
  }

  get isOpen(): boolean {
    return this.active;
  }
}
