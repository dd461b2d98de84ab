/**
 * The access core as the firmware builds it: one call after the locks are secured and before
 * any input can reach it. The latched mode is read (and re-applied) inside this call.
 */
import type { Clock } from "../../hal/interfaces/clock";
import type { Indicators, LockerBankDriver } from "../../hal/interfaces/devices";
import type { CredentialStore, UserRecord, PinMatch } from "../credentials/types";
import type { DurableState } from "../persist/durable-state";
import type { EventSink } from "../events";
import { defaultAccessConfig, type AccessConfig } from "./access-config";
import { AccessController, type SelfTestControl } from "./controller";

/** Stands in while no credential table is available: every lookup misses, so nothing opens on a credential. */
export const NO_CREDENTIALS: CredentialStore = {
  version: function (): number {
    return 0;
  },
  issuedAt: function (): number {
    return 0;
  },
  userCount: function (): number {
    return 0;
  },
  lookupCard: function (uid: Uint8Array): UserRecord | undefined {
    return undefined;
  },
  lookupPin: function (pin: string): PinMatch | undefined {
    return undefined;
  },
  user: function (id: number): UserRecord | undefined {
    return undefined;
  },
};

export interface BoardAccessOptions {
  bank: LockerBankDriver;
  credentials: CredentialStore | undefined;
  state: DurableState;
  clock: Clock;
  events: EventSink;
  indicators: Indicators | undefined;
  silentAlarm: { setActive(active: boolean): void } | undefined;
  /** Site configuration; defaults until the hub sends a signed one (weapon class, card + PIN). */
  config: AccessConfig | undefined;
  /** The technician's self-test, started at the keypad by command 906 (maintenance or administrator, card + PIN). */
  selfTest?: SelfTestControl;
}

export function createBoardAccess(options: BoardAccessOptions): AccessController {
  return new AccessController({
    config: options.config !== undefined ? options.config : defaultAccessConfig(),
    bank: options.bank,
    credentials: options.credentials !== undefined ? options.credentials : NO_CREDENTIALS,
    state: options.state,
    clock: options.clock,
    events: options.events,
    indicators: options.indicators,
    silentAlarm: options.silentAlarm,
    selfTest: options.selfTest,
  });
}
