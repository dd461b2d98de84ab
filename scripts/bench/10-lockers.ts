/**
 * Locker bank figures: watch callbacks and pin writes per release/relock cycle and per door
 * movement (the locker bank driver on the virtual board), and the variables the driver adds.
 */
import { bootDrivers, bootLockerBank, type DriverBank } from "../../test/drivers-lockers/support/driver-board";

export const title = "Lockers: watch callbacks and pin writes per cycle, variables the locker driver adds";

interface Counts {
  callbacks: number;
  lockWrites: number;
  otherWrites: number;
}

/** Counts what `act` costs: watch callbacks run and pin writes (lock pins apart from the rest). */
function measure(driver: DriverBank, act: () => void): Counts {
  const device = driver.bank.device;
  const lockPins = new Set(device.board.lockers.map((l) => l.lock.pin));
  const counts = { callbacks: 0, lockWrites: 0, otherWrites: 0 };
  const restores: Array<() => void> = [];
  for (const pin of device.pins.ordered) {
    const write = pin.write.bind(pin);
    pin.write = (level) => {
      if (lockPins.has(pin.name)) counts.lockWrites++;
      else counts.otherWrites++;
      write(level);
    };
    restores.push(() => {
      pin.write = write;
    });
  }
  const before = device.runtime.watches.callbacksRun;
  act();
  counts.callbacks = device.runtime.watches.callbacksRun - before;
  for (const restore of restores) restore();
  return counts;
}

function row(label: string, counts: Counts): string {
  return `${label.padEnd(52)} ${String(counts.callbacks).padStart(9)} ${String(counts.lockWrites).padStart(10)} ${String(counts.otherWrites).padStart(11)}`;
}

async function driverFigures(): Promise<string[]> {
  const driver = await bootLockerBank();
  const pulse = driver.bank.device.board.timing.releasePulseMs;
  const lines = [`${"virtual board, locker bank driver".padEnd(52)} callbacks lock writes other writes`];
  lines.push(
    row("release, door never opened (pulse, relock)", measure(driver, () => {
      driver.run("bank.release(1)");
      driver.advance(pulse + 100);
    })),
  );
  lines.push(
    row("release, door opened and shut (solenoid)", measure(driver, () => {
      driver.run("bank.release(2)");
      driver.advance(1000);
      driver.bank.door(2).open();
      driver.advance(3000);
      driver.bank.door(2).close();
      driver.advance(1000);
    })),
  );
  lines.push(
    row("release, door opened and shut (maglock, hold)", measure(driver, () => {
      driver.run("bank.release(8)");
      driver.advance(1000);
      driver.bank.door(8).open();
      driver.advance(3000);
      driver.bank.door(8).close();
      driver.advance(1000);
    })),
  );
  lines.push(
    row("door opened and shut while secured (forced)", measure(driver, () => {
      driver.bank.door(3).open();
      driver.advance(1000);
      driver.bank.door(3).close();
      driver.advance(1000);
    })),
  );
  lines.push(
    row("door bouncing 10 times within the debounce", measure(driver, () => {
      for (let k = 0; k < 10; k++) {
        driver.bank.door(4).open();
        driver.advance(2);
        driver.bank.door(4).close();
        driver.advance(2);
      }
      driver.advance(500);
    })),
  );
  const openAllStart = driver.now();
  lines.push(
    row("releaseAll, 8 lockers, supply limit 2 (whole open-all)", measure(driver, () => {
      driver.run("bank.releaseAll()");
      driver.advance(30_000);
    })),
  );
  const relocks = driver.events().filter((e) => e.type === "relocked" && e.timeMs >= openAllStart);
  lines.push(`open-all took ${Math.round(relocks[relocks.length - 1].timeMs - openAllStart)} ms of board time for 8 lockers`);
  driver.bank.device.dispose();
  return lines;
}

/** Variables the driver adds: the probe board before and after creating the bank for 8 lockers. */
async function driverVariables(): Promise<string> {
  const driver = await bootDrivers();
  const before = driver.bank.device.memory().usage;
  driver.run(
    "bank = drivers.createLockerBank(hal, { lockers: hal.board.lockers, timing: hal.board.timing, " +
      "maxSimultaneousReleases: hal.board.maxSimultaneousReleases, onEvent: record })",
  );
  const after = driver.bank.device.memory().usage;
  driver.bank.device.dispose();
  return `variables: the locker bank driver for 8 lockers (outputs, inputs, watches, state) adds ${after - before}`;
}

export async function run(): Promise<string[]> {
  // Variables of the whole firmware per board: see the bundles section.
  return [...(await driverFigures()), await driverVariables()];
}
