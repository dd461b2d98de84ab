import { bootDrivers, type DriverBank } from "./driver-board";

/**
 * A ContactInput on the virtual board's tamper or lockdown pin; its callbacks record
 * {type: "on"|"off"|"fault"|"cleared", timeMs, reason}.
 */
export async function bootContact(role: "tamper" | "lockdownInput", before?: (driver: DriverBank) => void): Promise<DriverBank> {
  const driver = await bootDrivers();
  before?.(driver);
  driver.run(
    `d = hal.board.${role}; contact = new drivers.ContactInput({ clock: hal.clock, ` +
      `openInput: function (onChange) { return hal.digitalInput({ pin: d.pin, activeLow: d.activeLow, pull: d.pull, debounceMs: d.debounceMs, onChange: onChange }); }, ` +
      `onChange: function (active, t) { record({ type: active ? "on" : "off", timeMs: t }); }, ` +
      `onFault: function (fault, t) { record({ type: "fault", reason: fault, timeMs: t }); }, ` +
      `onFaultCleared: function (t) { record({ type: "cleared", timeMs: t }); } })`,
  );
  return driver;
}
