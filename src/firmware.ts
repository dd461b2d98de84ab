import type { Hal } from "../hal/interfaces/hal";
import type { DigitalInputOptions, DigitalOutput } from "../hal/interfaces/digital";
import type { InputPinDefinition } from "../hal/board";
import type { LockerBankDriver, LockerEvent } from "../hal/interfaces/devices";
import { createLockOutputs, createLockerBank } from "../hal/drivers/locker-bank-pins";
import { IndicatorOutputs } from "../hal/drivers/indicators";
import { ContactInput } from "../hal/drivers/contact-input";
import { SelfTest, type SelfTestProbe } from "./self-test";
import { connectMfrc522Readers } from "../hal/drivers/mfrc522-readers";
import { halWithExpanders } from "../hal/drivers/mcp23017-hal";
import type { Mfrc522Reader } from "../hal/drivers/mfrc522";
import type { EventSink, FirmwareEvent } from "./events";
import { loadCredentialInbox, openBoardCredentials } from "./credentials/board-credentials";
import type { CredentialCache } from "./credentials/credential-cache";
import { createInputs, type Inputs } from "./inputs";
import { openBoardState } from "./persist/board-state";
import type { DurableState } from "./persist/durable-state";
import { auditEventSink, openBoardAuditLog } from "./audit/board-audit";
import type { FlashAuditLog } from "./audit/flash-log";
import { createBoardAccess } from "./access/board-access";
import type { AccessController } from "./access/controller";
import { startBoardMaintenance } from "./maintenance/board-maintenance";
import { PRODUCTION_BUILD } from "./maintenance/build-mode";

export const FIRMWARE_VERSION = "0.1.0";

/** Longest the main loop may stall before the watchdog resets the board (locks stay secured). */
const WATCHDOG_TIMEOUT_MS = 8000;

export interface Firmware {
  /** Lock outputs in locker order (locker 1 first). */
  readonly locks: DigitalOutput[];
  readonly lockers: LockerBankDriver;
  readonly indicators: IndicatorOutputs;
  readonly tamper: ContactInput;
  readonly lockdownInput: ContactInput | undefined;
  /** Started at the keypad by command 906 with a maintenance or administrator card + PIN (src/access). */
  readonly selfTest: SelfTest;
  /** MFRC522 readers by their index in board.cardReaders (undefined for other kinds). */
  readonly mfrc522: Array<Mfrc522Reader | undefined>;
  /** Keypad, Wiegand readers and the PIN entry they share (the access logic takes entries and cards from here). */
  readonly inputs: Inputs;
  /** The credential table in force (A/B in flash), or undefined with a credentials-refused event saying why. */
  readonly credentials: CredentialCache | undefined;
  /** The board's DurableState, opened once here: share it, never open the partition twice. */
  readonly state: DurableState;
  /** The audit log every event goes into (undefined when it could not open; the console says why). */
  readonly audit: FlashAuditLog | undefined;
  /** Policy, latches (lockdown/open-all), throttles and the locker state machine (src/access). */
  readonly access: AccessController;
}

function inputOptions(definition: InputPinDefinition, onChange: (active: boolean, timeMs: number) => void): DigitalInputOptions {
  return {
    pin: definition.pin,
    activeLow: definition.activeLow,
    pull: definition.pull,
    debounceMs: definition.debounceMs,
    onChange: onChange,
  };
}

/**
 * Boot order is the safety argument: every lock output is driven to its secured level before
 * any other pin, timer or input is touched, so nothing after it — a bad board file, a crash,
 * a watchdog reset — can leave a solenoid energised.
 */
export function startFirmware(boardHal: Hal, events: EventSink): Firmware {
  const board = boardHal.board;
  // Expander pins ("X0.A3") go through the same calls as the board's own pins; each expander's
  // outputs are latched secured before they become outputs (hal/drivers/mcp23017.ts).
  const hal =
    (typeof __BOARD_HAS_EXPANDERS__ === "undefined" || __BOARD_HAS_EXPANDERS__) && board.expanders !== undefined && board.expanders.length > 0
      ? halWithExpanders(boardHal, board.expanders, {
          onFault: (expander, fault, timeMs) =>
            events.emit({ t: Math.round(timeMs), type: "expander-fault", detail: "expander " + expander + " " + fault }),
          onRecovered: (expander, timeMs) =>
            events.emit({ t: Math.round(timeMs), type: "expander-recovered", detail: "expander " + expander }),
        })
      : boardHal;
  const locks = createLockOutputs(hal, board.lockers);
  const silentAlarm = board.silentAlarm !== undefined ? hal.digitalOutput(board.silentAlarm) : undefined;
  const buzzer = hal.digitalOutput(board.buzzer);
  const statusLed = hal.digitalOutput(board.statusLed);
  const grantedLed = board.grantedLed !== undefined ? hal.digitalOutput(board.grantedLed) : undefined;
  const deniedLed = board.deniedLed !== undefined ? hal.digitalOutput(board.deniedLed) : undefined;

  // Before the watchdog starts: the log's boot scan reads every page and checks every MAC
  // (seconds on a Pico's 128 KB log), and a reset loop there would never reach serving.
  const state = openBoardState(hal, (reason) => hal.log.line("STATE " + reason));
  const openedAudit = openBoardAuditLog(hal, state);
  const audit = typeof openedAudit === "string" ? undefined : openedAudit;
  if (audit === undefined) hal.log.line("AUDIT " + openedAudit);
  else events = auditEventSink(audit, events, (text) => hal.log.line("AUDIT " + text));

  hal.watchdog.enable(WATCHDOG_TIMEOUT_MS);

  function emit(type: string, locker: number | undefined, detail: string | undefined): void {
    const event: FirmwareEvent = { t: Math.round(hal.clock.now()), type: type };
    if (locker !== undefined) event.locker = locker;
    if (detail !== undefined) event.detail = detail;
    events.emit(event);
  }

  emit(
    "boot",
    undefined,
    "firmware " + FIRMWARE_VERSION + " board " + board.id + " interpreter " + hal.system.interpreterVersion +
      " reset " + hal.resetCause.get() + " lockers " + board.lockers.length,
  );

  // Created once the credentials are open (below); until then no input can reach a release.
  let access: AccessController | undefined;
  function emitLocker(event: LockerEvent): void {
    const record: FirmwareEvent = { t: Math.round(event.timeMs), type: event.type, locker: event.locker };
    if (event.reason !== undefined) record.reason = event.reason;
    events.emit(record);
    if (access !== undefined) access.afterLockerEvent(event);
  }
  const lockers = createLockerBank(hal, {
    lockers: board.lockers,
    timing: board.timing,
    maxSimultaneousReleases: board.maxSimultaneousReleases,
    locks: locks,
    onEvent: emitLocker,
  });
  const indicators = new IndicatorOutputs({ clock: hal.clock, buzzer: buzzer, grantedLed: grantedLed, deniedLed: deniedLed });

  function contact(definition: InputPinDefinition, name: string, active: string, idle: string, then: ((on: boolean) => void) | undefined): ContactInput {
    return new ContactInput({
      clock: hal.clock,
      openInput: (onChange) => hal.digitalInput(inputOptions(definition, onChange)),
      onChange: (on) => {
        emit(on ? active : idle, undefined, undefined);
        if (then !== undefined) then(on);
      },
      onFault: (fault) => emit(name + "-fault", undefined, fault),
      onFaultCleared: () => emit(name + "-fault-cleared", undefined, undefined),
    });
  }
  const tamper = contact(board.tamper, "tamper", "tamper-opened", "tamper-closed", undefined);
  const lockdownInput =
    board.lockdownInput !== undefined
      ? contact(board.lockdownInput, "lockdown-input", "lockdown-input-active", "lockdown-input-idle", (on) => {
          if (access !== undefined) access.lockdownInput(on);
        })
      : undefined;
  // Card UIDs identify people: events carry the reader and the UID length, never the UID.
  // Boards without an MFRC522 carry no driver for it (hal/interfaces/board-features.ts).
  const mfrc522 = typeof __BOARD_HAS_MFRC522__ !== "undefined" && !__BOARD_HAS_MFRC522__ ? [] : connectMfrc522Readers(hal, board.cardReaders, {
    onCard: (card) => {
      emit("card-read", undefined, "reader " + (card.reader + 1) + " bits " + card.bits);
      if (access !== undefined) access.card(card);
    },
    onCardRemoved: (reader) => emit("card-removed", undefined, "reader " + (reader + 1)),
    onFault: (reader, fault) => emit("reader-fault", undefined, "reader " + (reader + 1) + " " + fault),
    onRecovered: (reader) => emit("reader-recovered", undefined, "reader " + (reader + 1)),
  });
  // PINs and card numbers identify people: events carry lengths and readers, never digits or UIDs.
  function emitReason(type: string, reason: string, detail: string | undefined, timeMs: number): void {
    const event: FirmwareEvent = { t: Math.round(timeMs), type: type, reason: reason };
    if (detail !== undefined) event.detail = detail;
    events.emit(event);
  }
  // The self-test needs the inputs' health to exist, and the inputs route keys to it once it does.
  let selfTestForKeys: SelfTest | undefined;
  const inputs = createInputs({
    hal: hal,
    claimKey: (key) => selfTestForKeys !== undefined && selfTestForKeys.handleKey(key),
    onEntry: (digits) => {
      emit("pin-entered", undefined, "length " + digits.length);
      if (access !== undefined) access.keypadEntry(digits);
    },
    onCleared: (why, timeMs) => emitReason("pin-cleared", why, undefined, timeMs),
    onCard: (card) => {
      emit("card-read", undefined, "reader " + (card.reader + 1) + " bits " + card.bits);
      if (access !== undefined) access.card(card);
    },
    onFault: (source, reader, fault, timeMs) =>
      source === "keypad"
        ? emitReason("key-fault", fault, undefined, timeMs)
        : emitReason("card-refused", fault, "reader " + ((reader === undefined ? 0 : reader) + 1), timeMs),
  });
  const probes: SelfTestProbe[] = [];
  const keypad = inputs.keypad;
  if (keypad !== undefined) probes.push({ name: "keypad", status: () => keypad.health() });
  board.cardReaders.forEach((reader, index) => {
    const chip = mfrc522[index];
    const wiegand = inputs.wiegand[index];
    probes.push({
      name: "reader " + (index + 1) + " " + reader.kind,
      status: () => {
        if (wiegand !== undefined) {
          const counts = wiegand.counts();
          const refused = counts.parity + counts.length + counts.timing + counts.keyCode;
          return "cards " + counts.cards + " keys " + counts.keys + " refused " + refused;
        }
        return chip === undefined ? "wired, no driver yet" : chip.isResponding() ? "self-test " + chip.selfTest() : "not responding";
      },
    });
  });
  const selfTest = new SelfTest({ lockers: lockers, probes: probes, onEvent: emit, clock: hal.clock });
  selfTestForKeys = selfTest;
  // A bundle left in the Storage inbox (espruino CLI / npm start load-credentials) is loaded at boot.
  // The state keeps the credential version floor (an older table is never put back in force).
  const openedCredentials = openBoardCredentials(hal, state, events);
  const credentials = typeof openedCredentials === "string" ? undefined : openedCredentials;
  if (credentials === undefined) emitReason("credentials-refused", "unavailable", openedCredentials as string, hal.clock.now());
  else loadCredentialInbox(credentials, hal, events);
  // Reads the latch and re-applies it (open-all releases again, lockdown stays) before any input is served.
  access = createBoardAccess({
    bank: lockers,
    credentials: credentials !== undefined ? credentials.store : undefined,
    state: state,
    clock: hal.clock,
    events: events,
    indicators: indicators,
    silentAlarm: silentAlarm,
    config: undefined,
    selfTest: selfTest,
  });
  if (lockdownInput !== undefined && lockdownInput.isActive()) access.lockdownInput(true);

  // The laptop-facing port: the read-only maintenance protocol (production) or the REPL
  // (development). It is handed the log and nothing else, so no request on it reaches a lock.
  startBoardMaintenance({ hal: hal, audit: audit, events: events, production: PRODUCTION_BUILD, firmware: FIRMWARE_VERSION });

  let heartbeatOn = false;
  hal.clock.setInterval(() => {
    heartbeatOn = !heartbeatOn;
    statusLed.setActive(heartbeatOn);
    hal.watchdog.kick();
  }, board.timing.heartbeatMs / 2);

  return {
    locks: locks,
    lockers: lockers,
    indicators: indicators,
    tamper: tamper,
    lockdownInput: lockdownInput,
    selfTest: selfTest,
    mfrc522: mfrc522,
    inputs: inputs,
    credentials: credentials,
    state: state,
    audit: audit,
    access: access,
  };
}
