/**
 * What one keypad entry (digits up to `#`) means. Lengths never overlap, so no entry is ever
 * tried as two things: 1-2 digits choose a locker, 3 digits are an administrator command,
 * 4 or more digits are a PIN. A card number typed on the keypad is only ever a PIN candidate,
 * looked up in the PIN table, where card numbers never are.
 *
 *   session  := [ target "#" ] proof
 *   target   := locker (1-2 digits, 1..lockers) | command (3 digits)
 *   proof    := card | PIN "#" | card PIN "#" | PIN "#" card        (as the locker class needs)
 *   "*" clears what is being typed; a session ends on a decision or after the session timeout.
 */

export const COMMAND_LOCKDOWN = 901;
export const COMMAND_CLEAR_LOCKDOWN = 902;
export const COMMAND_OPEN_ALL = 903;
export const COMMAND_CLEAR_OPEN_ALL = 904;
export const COMMAND_RESET_THROTTLES = 905;
/** The technician's self-test (src/self-test.ts): maintenance or administrator, card + PIN. */
export const COMMAND_SELF_TEST = 906;

export const MIN_PIN_LENGTH = 4;

export type EntryKind = "empty" | "locker" | "command" | "pin" | "bad";

export function entryKind(digits: string, lockerCount: number): EntryKind {
  if (digits.length === 0) return "empty";
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code < 48 || code > 57) return "bad";
  }
  if (digits.length >= MIN_PIN_LENGTH) return "pin";
  const value = parseInt(digits, 10);
  if (digits.length === 3) return value >= COMMAND_LOCKDOWN && value <= COMMAND_SELF_TEST ? "command" : "bad";
  return value >= 1 && value <= lockerCount ? "locker" : "bad";
}

export function commandName(code: number): string {
  if (code === COMMAND_LOCKDOWN) return "lockdown";
  if (code === COMMAND_CLEAR_LOCKDOWN) return "clear-lockdown";
  if (code === COMMAND_OPEN_ALL) return "open-all";
  if (code === COMMAND_CLEAR_OPEN_ALL) return "clear-open-all";
  if (code === COMMAND_SELF_TEST) return "self-test";
  return "reset-throttles";
}
