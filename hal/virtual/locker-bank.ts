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
    this.locks = board.lockers.map((l) => new LockObserver(this.device, l.lock));
    this.doors = board.lockers.map((l) => new Door(this.device, l.door));
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
