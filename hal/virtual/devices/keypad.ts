/**
 * A passive matrix keypad: a held key shorts its row line to its column line. Electrically:
 * while a key is held, whichever of its two lines the firmware drives as an output drives the
 * other one; several held keys on one line pull it low if any of them is low (a driven low
 * wins over a pull-up). Lines no held key connects to a driven line are left to their pulls.
 * So a scanner that drives one row active and reads the columns finds exactly the held keys.
 */
import type { KeypadDefinition } from "../../board";
import type { PinLevel, VirtualPin } from "../runtime/pins";
import type { PinSource } from "./switch";

export class MatrixKeypad {
  private readonly rows: VirtualPin[];
  private readonly columns: VirtualPin[];
  private readonly held = new Set<string>();
  private updating = false;
  private readonly unsubscribers: Array<() => void> = [];

  constructor(
    board: PinSource,
    readonly definition: Pick<KeypadDefinition, "rows" | "columns" | "layout">,
  ) {
    this.rows = definition.rows.map((p) => board.pin(p));
    this.columns = definition.columns.map((p) => board.pin(p));
    for (const pin of [...this.rows, ...this.columns]) this.unsubscribers.push(pin.onStateChange(() => this.update()));
  }

  /** Position of a key label ("5", "#"). */
  position(key: string): { row: number; column: number } {
    for (let row = 0; row < this.definition.layout.length; row++) {
      const column = this.definition.layout[row].indexOf(key);
      if (column >= 0) return { row, column };
    }
    throw new Error(`MatrixKeypad: no key "${key}" in layout ${JSON.stringify(this.definition.layout)}`);
  }

  press(key: string): void {
    this.position(key);
    this.held.add(key);
    this.update();
  }

  release(key: string): void {
    this.held.delete(key);
    this.update();
  }

  releaseAll(): void {
    this.held.clear();
    this.update();
  }

  get heldKeys(): string[] {
    return [...this.held];
  }

  detach(): void {
    this.releaseAll();
    for (const unsubscribe of this.unsubscribers) unsubscribe();
  }

  private update(): void {
    if (this.updating) return;
    this.updating = true;
    try {
      const drives = new Map<VirtualPin, PinLevel>();
      const connect = (from: VirtualPin, to: VirtualPin) => {
        if (!from.isOutput || to.isOutput) return;
        const level = from.outputLevel;
        drives.set(to, Math.min(drives.get(to) ?? 1, level) as PinLevel);
      };
      for (const key of this.held) {
        const { row, column } = this.position(key);
        connect(this.rows[row], this.columns[column]);
        connect(this.columns[column], this.rows[row]);
      }
      for (const pin of [...this.rows, ...this.columns]) {
        if (pin.isOutput) continue;
        const level = drives.get(pin);
        if (pin.externalLevel !== level) pin.drive(level);
      }
    } finally {
      this.updating = false;
    }
  }
}
