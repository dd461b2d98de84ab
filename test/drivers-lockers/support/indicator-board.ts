import { activeIntervals } from "./pin-pulses";
import { bootDrivers, type DriverBank } from "./driver-board";

export interface IndicatorBoard {
  driver: DriverBank;
  show(pattern: string): void;
  /** Active intervals of the buzzer, granted and denied LEDs since `fromMs`, relative to it. */
  intervals(fromMs: number): { buzzer: Array<[number, number]>; green: Array<[number, number]>; red: Array<[number, number]> };
}

export async function bootIndicators(): Promise<IndicatorBoard> {
  const driver = await bootDrivers();
  const board = driver.bank.device.board;
  driver.run(
    "ind = new drivers.IndicatorOutputs({ clock: hal.clock, buzzer: hal.digitalOutput(hal.board.buzzer), " +
      "grantedLed: hal.digitalOutput(hal.board.grantedLed), deniedLed: hal.digitalOutput(hal.board.deniedLed) })",
  );
  const pin = (name: string) => driver.bank.device.pin(name);
  return {
    driver,
    show: (pattern) => driver.run(`ind.show(${JSON.stringify(pattern)})`),
    intervals: (fromMs) => ({
      buzzer: activeIntervals(pin(board.buzzer.pin), board.buzzer, fromMs),
      green: activeIntervals(pin(board.grantedLed!.pin), board.grantedLed!, fromMs),
      red: activeIntervals(pin(board.deniedLed!.pin), board.deniedLed!, fromMs),
    }),
  };
}
