/**
 * A whole virtual locker bank: the virtual board plus the device models its board file wires
 * (doors, lock observers, keypad, Wiegand readers, tamper and lockdown contacts). What a test
 * or `npm start` acts on, in the users' terms: open door 3, press "1234#", flip tamper.
 */
import type { BoardDefinition } from "../board";
import { MatrixKeypad } from "./devices/keypad";
import { LockObserver } from "./devices/lock-observer";
import { Door, InputSwitch } from "./devices/switch";
import { WiegandReader } from "./devices/wiegand";
import { Mfrc522Model } from "./devices/mfrc522";
import { Mcp23017Model } from "./devices/mcp23017";
import type { NorFlash } from "./flash/nor-flash";
import { VirtualBoard } from "./virtual-board";

export interface LockerBankOptions {
  board: BoardDefinition;
  realTime?: boolean;
  flash?: NorFlash;
  startTimeMs?: number;
}

export class LockerBank {
  readonly device: VirtualBoard;
  readonly locks: LockObserver[];
  readonly doors: Door[];
  readonly keypad: MatrixKeypad | undefined;
  readonly wiegand: WiegandReader[];
  /** Register-level MFRC522 models on their SPI buses, in board.cardReaders order (present(uid), remove()). */
  readonly mfrc522Readers: Mfrc522Model[];
  /** MCP23017 models in board.expanders order; lockers naming "X<n>.<port><bit>" are wired to their pins. */
  readonly expanders: Mcp23017Model[];
  readonly tamper: InputSwitch;
  readonly lockdownInput: InputSwitch | undefined;

  constructor(opts: LockerBankOptions) {
    const board = opts.board;
    this.device = new VirtualBoard({
      board,
      realTime: opts.realTime,
      flash: opts.flash,
      startTimeMs: opts.startTimeMs,
    });
    this.expanders = (board.expanders ?? []).map((e, i) =>
      new Mcp23017Model(e.address, `X${i}`, () => this.device.clock.nowMs).attach(
        this.device.i2c(e.i2c.bus),
        e.interrupt !== undefined ? this.device.pin(e.interrupt) : undefined,
      ),
    );
    const wires = { pin: (name: string) => this.wire(name) };
    this.locks = board.lockers.map((l) => new LockObserver(wires, l.lock));
    this.doors = board.lockers.map((l) => new Door(wires, l.door));
    this.keypad = board.keypad ? new MatrixKeypad(this.device, board.keypad) : undefined;
    this.wiegand = board.cardReaders.flatMap((r) => (r.kind === "wiegand" ? [new WiegandReader(this.device, r)] : []));
    this.mfrc522Readers = board.cardReaders.flatMap((r) => {
      if (r.kind !== "mfrc522") return [];
      const model = new Mfrc522Model();
      model.attachTo(this.device.spi(r.spi.bus), this.device.pin(r.cs));
      return [model];
    });
    this.tamper = new InputSwitch(this.device, board.tamper);
    this.lockdownInput = board.lockdownInput ? new InputSwitch(this.device, board.lockdownInput) : undefined;
  }

  /** A board pin, or an expander's pin for "X<n>.<A|B><bit>". */
  wire(name: string) {
    const expander = /^X(\d+)\.([AB])([0-7])$/.exec(name);
    if (!expander) return this.device.pin(name);
    const model = this.expanders[Number(expander[1])];
    if (!model) throw new Error(`no expander ${expander[1]} on this board`);
    return model.pins[(expander[2] === "B" ? 8 : 0) + Number(expander[3])];
  }

  /** The first MFRC522 reader's model (tap a card: bank.mfrc522.present(uid)). */
  get mfrc522(): Mfrc522Model | undefined {
    return this.mfrc522Readers[0];
  }

  /** 1-based locker numbers, as users and the firmware's events speak of them. */
  door(locker: number): Door {
    return this.at(this.doors, locker);
  }

  lock(locker: number): LockObserver {
    return this.at(this.locks, locker);
  }

  private at<T>(list: T[], locker: number): T {
    if (!Number.isInteger(locker) || locker < 1 || locker > list.length) {
      throw new Error(`no locker ${locker}: this bank has lockers 1 to ${list.length}`);
    }
    return list[locker - 1];
  }
}
