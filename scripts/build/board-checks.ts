/**
 * The checks a schema cannot express: that a schema-valid board is wireable on its Espruino build
 * (pins exist, are free, can do what the role needs) and that its flash layout matches the chip.
 * Messages are returned without the file name; boards.ts prefixes it.
 */
import type { BoardDefinition, FlashRegionDefinition, InputPinDefinition, OutputPinDefinition } from "../../hal/board";
import { espruinoBuilds, type EspruinoBuild } from "./espruino-builds";
import { boardPins, pinNumber, type BoardPins } from "./pin-names";

interface PinUse {
  pin: string;
  /** Field path of the role ("lockers[0].lock", "keypad.rows[1]", "cardReaders[1].spi.sck"). */
  at: string;
  direction: "output" | "input";
  /** Needs the internal pull resistor. */
  pulled: boolean;
  /** Read with setWatch (STM32: one EXTI line per pin number). */
  watched: boolean;
  isLock: boolean;
  isLed: boolean;
}

const ledRoles = ["statusLed", "grantedLed", "deniedLed"] as const;

function pinUses(board: BoardDefinition): PinUse[] {
  const uses: PinUse[] = [];
  const output = (def: OutputPinDefinition, at: string, isLock = false, isLed = false) =>
    uses.push({ pin: def.pin, at, direction: "output", pulled: false, watched: false, isLock, isLed });
  const input = (def: InputPinDefinition, at: string) =>
    uses.push({ pin: def.pin, at, direction: "input", pulled: def.pull !== "none", watched: true, isLock: false, isLed: false });
  const raw = (pin: string, at: string, direction: PinUse["direction"], pulled: boolean, watched: boolean) =>
    uses.push({ pin, at, direction, pulled, watched, isLock: false, isLed: false });

  board.lockers.forEach((locker, i) => {
    output(locker.lock, `lockers[${i}].lock`, true);
    input(locker.door, `lockers[${i}].door`);
  });
  if (board.keypad) {
    board.keypad.rows.forEach((pin, i) => raw(pin, `keypad.rows[${i}]`, "output", false, false));
    board.keypad.columns.forEach((pin, i) => raw(pin, `keypad.columns[${i}]`, "input", true, true));
  }
  board.cardReaders.forEach((reader, i) => {
    const at = `cardReaders[${i}]`;
    if (reader.kind === "wiegand") {
      const pulled = reader.pull !== "none";
      raw(reader.d0, `${at}.d0`, "input", pulled, true);
      raw(reader.d1, `${at}.d1`, "input", pulled, true);
    } else {
      raw(reader.spi.sck, `${at}.spi.sck`, "output", false, false);
      raw(reader.spi.mosi, `${at}.spi.mosi`, "output", false, false);
      raw(reader.spi.miso, `${at}.spi.miso`, "input", false, false);
      raw(reader.cs, `${at}.cs`, "output", false, false);
      if (reader.rst !== undefined) raw(reader.rst, `${at}.rst`, "output", false, false);
    }
  });
  const i2cBuses = new Set<string>();
  (board.expanders ?? []).forEach((expander, i) => {
    const at = `expanders[${i}]`;
    // Expanders on one bus share its SCL/SDA: count those pins once per bus.
    const bus = `${expander.i2c.bus}:${expander.i2c.scl}:${expander.i2c.sda}`;
    if (!i2cBuses.has(bus)) {
      i2cBuses.add(bus);
      raw(expander.i2c.scl, `${at}.i2c.scl`, "output", false, false);
      raw(expander.i2c.sda, `${at}.i2c.sda`, "output", false, false);
    }
    if (expander.interrupt !== undefined) raw(expander.interrupt, `${at}.interrupt`, "input", true, true);
  });
  output(board.buzzer, "buzzer");
  for (const role of ledRoles) {
    const led = board[role];
    if (led) output(led, role, false, true);
  }
  if (board.silentAlarm) output(board.silentAlarm, "silentAlarm");
  input(board.tamper, "tamper");
  if (board.lockdownInput) input(board.lockdownInput, "lockdownInput");
  return uses;
}

function listWithAnd(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function checkPinCapabilities(use: PinUse, chip: string, table: BoardPins, errors: string[]): void {
  const caps = table.pins[use.pin];
  if (!caps) {
    const reason = table.reserved[use.pin];
    errors.push(
      reason
        ? `pin ${use.pin} (${use.at}) is not available on ${chip}: ${reason}`
        : `unknown pin ${use.pin} (${use.at}): ${chip} has ${Object.keys(table.pins).join(", ")}`,
    );
    return;
  }
  if (use.direction === "output" && !caps.output) {
    errors.push(`pin ${use.pin} (${use.at}) is input-only on ${chip} and cannot be an output`);
  }
  if (use.pulled && !caps.internalPull) {
    errors.push(`pin ${use.pin} (${use.at}) has no internal pull resistor on ${chip}: set pull "none" and fit an external one`);
  }
  if (caps.onBoardLed && !use.isLed) {
    errors.push(`pin ${use.pin} (${use.at}) is the on-board ${caps.onBoardLed}; only ${ledRoles.join(", ")} may use it`);
  }
  if (caps.strapping && use.isLock) {
    errors.push(`pin ${use.pin} (${use.at}) is a strapping pin (${caps.strapping}); a lock output there could release during reset`);
  }
}

/** "X<expander>.<port><bit>": a pin of an I/O expander ("X0.A3"). */
const EXPANDER_PIN = /^X(\d+)\.[AB][0-7]$/;

function checkExpanderPin(board: BoardDefinition, use: PinUse, index: number, errors: string[]): void {
  const count = board.expanders?.length ?? 0;
  if (index >= count) {
    errors.push(`pin ${use.pin} (${use.at}) names expander ${index} but the board has ${count === 0 ? "no expanders" : `expanders 0 to ${count - 1}`}`);
  } else if (use.direction === "input" && use.pulled && !use.isLock) {
    const pull = pullOf(board, use);
    if (pull === "down") errors.push(`pin ${use.pin} (${use.at}) asks for a pull-down, but the MCP23017 has pull-ups only`);
  }
}

function pullOf(board: BoardDefinition, use: PinUse): string | undefined {
  const match = /^lockers\[(\d+)\]\.door$/.exec(use.at);
  return match ? board.lockers[Number(match[1])].door.pull : undefined;
}

function checkExpanders(board: BoardDefinition, errors: string[]): void {
  const seen = new Map<string, number>();
  (board.expanders ?? []).forEach((expander, i) => {
    const key = `${expander.i2c.bus}@${expander.address}`;
    const other = seen.get(key);
    if (other !== undefined) errors.push(`expanders[${i}] and expanders[${other}] both use address 0x${expander.address.toString(16)} on ${expander.i2c.bus}`);
    seen.set(key, i);
  });
}

function checkPins(board: BoardDefinition, errors: string[]): void {
  const chip = board.espruinoBoard;
  const table = boardPins[chip];
  const uses = pinUses(board);
  const byPin = new Map<string, PinUse[]>();
  for (const use of uses) {
    const onExpander = EXPANDER_PIN.exec(use.pin);
    if (onExpander) {
      checkExpanderPin(board, use, Number(onExpander[1]), errors);
      use.watched = false; // read through the expander's interrupt line, not an EXTI line
    } else {
      checkPinCapabilities(use, chip, table, errors);
    }
    byPin.set(use.pin, [...(byPin.get(use.pin) ?? []), use]);
  }
  for (const [pin, sharing] of byPin) {
    if (sharing.length > 1) errors.push(`pin ${pin} used ${sharing.length === 2 ? "twice" : `${sharing.length} times`} (${listWithAnd(sharing.map((u) => u.at))})`);
  }
  if (table.oneWatchPerPinNumber) {
    const byLine = new Map<number, PinUse[]>();
    for (const use of uses) {
      if (!use.watched || !table.pins[use.pin]) continue;
      const line = pinNumber(use.pin);
      byLine.set(line, [...(byLine.get(line) ?? []), use]);
    }
    for (const [line, sharing] of byLine) {
      const distinctPins = new Set(sharing.map((u) => u.pin));
      if (distinctPins.size > 1) {
        errors.push(
          `watched inputs ${listWithAnd(sharing.map((u) => `${u.pin} (${u.at})`))} share EXTI line ${line}: ${chip} can watch only one pin per number`,
        );
      }
    }
  }
  board.cardReaders.forEach((reader, i) => {
    if (reader.kind === "mfrc522" && !table.spiBuses.includes(reader.spi.bus)) {
      errors.push(`cardReaders[${i}].spi.bus ${reader.spi.bus} does not exist on ${chip} (has ${table.spiBuses.join(", ")})`);
    }
  });
}

function checkKeypad(board: BoardDefinition, errors: string[]): void {
  const keypad = board.keypad;
  if (!keypad) return;
  if (keypad.layout.length !== keypad.rows.length) {
    errors.push(`keypad.layout has ${keypad.layout.length} rows but keypad.rows has ${keypad.rows.length} pins`);
  }
  keypad.layout.forEach((row, i) => {
    if (row.length !== keypad.columns.length) {
      errors.push(`keypad.layout[${i}] "${row}" has ${row.length} keys but keypad.columns has ${keypad.columns.length} pins`);
    }
  });
  const keys = keypad.layout.join("");
  const repeated = [...new Set([...keys].filter((k, i) => keys.indexOf(k) !== i))];
  if (repeated.length) errors.push(`keypad.layout repeats ${repeated.map((k) => `"${k}"`).join(", ")}`);
  const missing = [..."0123456789*#"].filter((k) => !keys.includes(k));
  if (missing.length) errors.push(`keypad.layout lacks ${missing.map((k) => `"${k}"`).join(", ")} (PIN entry needs 0-9, * to clear, # to enter)`);
}

function hex(n: number): string {
  return `0x${n.toString(16).toUpperCase()}`;
}

function describeRegion(r: { start: number; size: number }): string {
  return `${hex(r.start)}-${hex(r.start + r.size)}`;
}

function overlaps(a: { start: number; size: number }, b: { start: number; size: number }): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

function checkRegion(region: FlashRegionDefinition, at: string, build: EspruinoBuild, chip: string, errors: string[]): void {
  if (region.start % region.eraseUnit !== 0) errors.push(`${at} starts at ${hex(region.start)}, not on a ${region.eraseUnit}-byte erase unit boundary`);
  if (region.size % region.eraseUnit !== 0) errors.push(`${at} size ${region.size} is not a multiple of its erase unit ${region.eraseUnit}`);
  if (region.start < build.flashStart || region.start + region.size > build.flashEnd) {
    errors.push(`${at} ${describeRegion(region)} lies outside ${chip}'s flash ${describeRegion({ start: build.flashStart, size: build.flashEnd - build.flashStart })}`);
    return;
  }
  for (let unit = region.start; unit < region.start + region.size; unit += Math.max(region.eraseUnit, 1)) {
    const real = build.eraseUnitAt(unit);
    if (real !== region.eraseUnit) {
      errors.push(`${at}.eraseUnit is ${region.eraseUnit} but ${chip} erases ${real} bytes at a time at ${hex(unit)}`);
      break;
    }
  }
  for (const reserved of build.reserved) {
    if (overlaps(region, reserved)) errors.push(`${at} ${describeRegion(region)} overlaps ${reserved.what} (${describeRegion(reserved)})`);
  }
}

function checkFlash(board: BoardDefinition, errors: string[]): void {
  const chip = board.espruinoBoard;
  const build = espruinoBuilds[chip];
  const { storage, free } = board.flash;
  const expected = build.storage;
  if (expected && (storage.start !== expected.start || storage.size !== expected.size || storage.eraseUnit !== expected.eraseUnit)) {
    errors.push(
      `flash.storage must be where ${chip}'s interpreter keeps Storage: start ${expected.start} (${hex(expected.start)}), size ${expected.size}, eraseUnit ${expected.eraseUnit}`,
    );
  }
  checkRegion(storage, "flash.storage", build, chip, errors);
  free.forEach((region, i) => {
    const at = `flash.free[${i}]`;
    checkRegion(region, at, build, chip, errors);
    if (overlaps(region, storage)) errors.push(`${at} ${describeRegion(region)} overlaps flash.storage ${describeRegion(storage)}`);
    for (let j = 0; j < i; j++) {
      if (overlaps(region, free[j])) errors.push(`${at} ${describeRegion(region)} overlaps flash.free[${j}] ${describeRegion(free[j])}`);
    }
  });
}

/** Each partition lies in whole erase units of one free region; partitions do not overlap. */
function checkPartitions(board: BoardDefinition, errors: string[]): void {
  const partitions = board.flash.partitions;
  const named: Array<{ at: string; region: { start: number; size: number }; minUnits: number }> = [
    { at: "flash.partitions.log", region: partitions.log, minUnits: 1 },
  ];
  if (partitions.state) named.push({ at: "flash.partitions.state", region: partitions.state, minUnits: 2 });
  if (partitions.credentials) {
    named.push({ at: "flash.partitions.credentials.a", region: partitions.credentials.a, minUnits: 1 });
    named.push({ at: "flash.partitions.credentials.b", region: partitions.credentials.b, minUnits: 1 });
  }
  named.forEach((p, i) => {
    const home = board.flash.free.find((f) => p.region.start >= f.start && p.region.start + p.region.size <= f.start + f.size);
    if (!home) {
      errors.push(`${p.at} ${describeRegion(p.region)} does not lie inside one flash.free region`);
    } else {
      if ((p.region.start - home.start) % home.eraseUnit !== 0 || p.region.size % home.eraseUnit !== 0) {
        errors.push(`${p.at} ${describeRegion(p.region)} is not made of whole ${home.eraseUnit}-byte erase units`);
      } else if (p.region.size / home.eraseUnit < p.minUnits) {
        errors.push(`${p.at} needs at least ${p.minUnits} erase units of ${home.eraseUnit} bytes (it has ${p.region.size / home.eraseUnit})`);
      }
    }
    for (let j = 0; j < i; j++) {
      if (overlaps(p.region, named[j].region)) errors.push(`${p.at} ${describeRegion(p.region)} overlaps ${named[j].at}`);
    }
  });
}

function checkBuildFacts(board: BoardDefinition, errors: string[]): void {
  const chip = board.espruinoBoard;
  const build = espruinoBuilds[chip];
  if (board.ramVariables > build.maxVariables) {
    errors.push(`ramVariables ${board.ramVariables} exceeds the ${build.maxVariables} variables ${chip}'s build can have`);
  }
  if (build.crypto) {
    for (const key of ["sha256", "sha512", "aes", "tls"] as const) {
      if (board.crypto[key] !== build.crypto[key]) {
        errors.push(`crypto.${key} is ${board.crypto[key]} but ${chip}'s build ${build.crypto[key] ? "has" : "lacks"} it`);
      }
    }
  }
  if (board.transports.wifi && !build.hasWifi) errors.push(`transports.wifi is true but ${chip} has no Wi-Fi`);
  if (board.transports.usb && !build.hasUsbCdc) errors.push(`transports.usb is true but ${chip}'s build has no USB CDC device`);
  if (board.maxSimultaneousReleases > board.lockers.length) {
    errors.push(`maxSimultaneousReleases ${board.maxSimultaneousReleases} exceeds the ${board.lockers.length} lockers`);
  }
}

/** Problems of a schema-valid board, without the file name. */
export function checkBoardSemantics(board: BoardDefinition, expectedId: string): string[] {
  const errors: string[] = [];
  if (board.id !== expectedId) errors.push(`id "${board.id}" does not match the file name (expected "${expectedId}")`);
  checkPins(board, errors);
  checkKeypad(board, errors);
  checkExpanders(board, errors);
  checkFlash(board, errors);
  checkPartitions(board, errors);
  checkBuildFacts(board, errors);
  return errors;
}
