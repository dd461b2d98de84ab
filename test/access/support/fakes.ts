/**
 * Fakes for the access core on the host: virtual time with timers, a locker bank that records
 * releases, a credential store with the same lookup contract as the flash table, an event log.
 */
import type { Clock } from "../../../hal/interfaces/clock";
import type { CardRead, LockerBankDriver } from "../../../hal/interfaces/devices";
import type { CredentialStore, PinMatch, UserRecord } from "../../../src/credentials/types";
import type { EventSink, FirmwareEvent } from "../../../src/events";
import { createMemoryState, type MemoryDurableState } from "../../../src/persist/memory-state";
import { AccessController } from "../../../src/access/controller";
import { defaultAccessConfig, type AccessConfig } from "../../../src/access/access-config";
import { SelfTest } from "../../../src/self-test";

/** 2025-03-05 10:00 UTC, a Wednesday. */
export const WEDNESDAY_10_UTC = Date.UTC(2025, 2, 5, 10, 0, 0);

export class FakeClock implements Clock {
  nowMs: number;
  private timers: Array<{ id: number; at: number; fn: () => void; every: number }> = [];
  private nextId = 1;
  constructor(startMs: number) {
    this.nowMs = startMs;
  }
  now(): number {
    return this.nowMs;
  }
  setTimeout(fn: () => void, ms: number): number {
    this.timers.push({ id: this.nextId, at: this.nowMs + ms, fn, every: 0 });
    return this.nextId++;
  }
  setInterval(fn: () => void, ms: number): number {
    this.timers.push({ id: this.nextId, at: this.nowMs + ms, fn, every: ms });
    return this.nextId++;
  }
  clear(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }
  /** A reset: the old program's timers are gone. */
  clearAll(): void {
    this.timers = [];
  }
  advance(ms: number): void {
    const end = this.nowMs + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.nowMs = due.at;
      if (due.every > 0) due.at += due.every;
      else this.clear(due.id);
      due.fn();
    }
    this.nowMs = end;
  }
}

export class FakeBank implements LockerBankDriver {
  readonly count: number;
  readonly actions: string[] = [];
  released: boolean[];
  doorOpen: boolean[];
  constructor(count: number) {
    this.count = count;
    this.released = new Array(count + 1).fill(false);
    this.doorOpen = new Array(count + 1).fill(false);
  }
  release(locker: number): void {
    this.actions.push(`release ${locker}`);
    this.released[locker] = true;
  }
  releaseAll(): void {
    this.actions.push("releaseAll");
    for (let i = 1; i <= this.count; i++) this.released[i] = true;
  }
  secure(locker: number): void {
    this.actions.push(`secure ${locker}`);
    this.released[locker] = false;
  }
  secureAll(): void {
    this.actions.push("secureAll");
    this.released.fill(false);
  }
  isReleased(locker: number): boolean {
    return this.released[locker];
  }
  isDoorOpen(locker: number): boolean {
    return this.doorOpen[locker];
  }
  releases(): number[] {
    return this.actions.filter((a) => a.startsWith("release ")).map((a) => Number(a.slice(8)));
  }
}

export interface FakeUser extends UserRecord {
  cards: string[];
  pin?: string;
  duressPin?: string;
}

export function user(id: number, fields: Partial<FakeUser>): FakeUser {
  return { id, role: "sro", lockers: 1, schedule: [], validFrom: 0, validUntil: 0, flags: 0, cards: [], ...fields };
}

export class FakeCredentials implements CredentialStore {
  users: FakeUser[];
  pinLookups = 0;
  cardLookups = 0;
  constructor(users: FakeUser[]) {
    this.users = users;
  }
  version(): number {
    return 7;
  }
  issuedAt(): number {
    return 0;
  }
  userCount(): number {
    return this.users.length;
  }
  lookupCard(uid: Uint8Array): UserRecord | undefined {
    this.cardLookups++;
    const hex = Buffer.from(uid).toString("hex");
    return this.users.find((u) => u.cards.includes(hex));
  }
  lookupPin(pin: string): PinMatch | undefined {
    this.pinLookups++;
    for (const u of this.users) {
      if (u.pin === pin) return { user: u, duress: false };
      if (u.duressPin === pin) return { user: u, duress: true };
    }
    return undefined;
  }
  user(id: number): UserRecord | undefined {
    return this.users.find((u) => u.id === id);
  }
}

export function cardRead(hex: string, reader = 0): CardRead {
  return { reader, source: "mfrc522", uid: Uint8Array.from(Buffer.from(hex, "hex")), bits: hex.length * 4, timeMs: 0 };
}

export interface Rig {
  clock: FakeClock;
  bank: FakeBank;
  credentials: FakeCredentials;
  state: MemoryDurableState;
  events: FirmwareEvent[];
  config: AccessConfig;
  alarm: boolean[];
  access: AccessController;
  /** The technician's self-test on the same bank and clock, started by keypad command 906 (RAM: new at each reboot). */
  selfTest: SelfTest;
  /** A fresh controller on the same flash (state) and bank, as after a reset. */
  reboot(): void;
  last(type: string): FirmwareEvent | undefined;
}

export interface RigOptions {
  users: FakeUser[];
  config?: Partial<AccessConfig>;
  lockers?: number;
  startMs?: number;
  state?: MemoryDurableState;
  /** Leave the clock untrusted and the cache never synced. */
  raw?: boolean;
  /** A board without a self-test (the controller gets none). */
  noSelfTest?: boolean;
}

export function rig(options: RigOptions): Rig {
  const clock = new FakeClock(options.startMs ?? WEDNESDAY_10_UTC);
  const bank = new FakeBank(options.lockers ?? 8);
  const credentials = new FakeCredentials(options.users);
  const events: FirmwareEvent[] = [];
  const alarm: boolean[] = [];
  // Every locker a weapon locker unless a test says otherwise.
  const config = { ...defaultAccessConfig(), lockerClass: [] as number[], ...options.config };
  const sink: EventSink = { emit: (e) => events.push(e) };
  const makeSelfTest = () =>
    new SelfTest({
      lockers: bank,
      probes: [],
      clock,
      onEvent: (type, locker, detail) => events.push({ t: clock.nowMs, type, ...(locker !== undefined ? { locker } : {}), ...(detail !== undefined ? { detail } : {}) }),
    });
  const make = (state: MemoryDurableState) =>
    new AccessController({ config, bank, credentials, state, clock, events: sink, silentAlarm: { setActive: (a) => alarm.push(a) }, selfTest: options.noSelfTest ? undefined : r.selfTest });
  const r: Rig = {
    clock,
    bank,
    credentials,
    state: options.state ?? createMemoryState(),
    events,
    config,
    alarm,
    access: undefined as unknown as AccessController,
    selfTest: makeSelfTest(),
    reboot() {
      clock.clearAll();
      r.state = r.state.reboot();
      r.selfTest = makeSelfTest();
      r.access = make(r.state);
      if (!options.raw) r.access.clockSet();
    },
    last(type: string) {
      return [...events].reverse().find((e) => e.type === type);
    },
  };
  r.access = make(r.state);
  if (!options.raw) {
    r.access.clockSet();
    r.access.synced();
  }
  return r;
}
