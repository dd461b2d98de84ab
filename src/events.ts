/**
 * What the firmware reports. Until the audit log lands (issue 5) events go to the console as
 * one line each, `EVT <json>`, which the virtual bank and technicians read; the audit log will
 * be another sink behind the same interface.
 */
export interface FirmwareEvent {
  /** Milliseconds on the board clock. */
  t: number;
  /** A name from EVENT_TYPES (src/event-types.ts). */
  type: string;
  /** 1-based locker number, when the event concerns one. */
  locker?: number;
  /** Credential user id, when a user is known. */
  user?: number;
  result?: "granted" | "denied";
  /** Short machine-readable reason ("wrong-pin", "outside-schedule", "lockdown", ...). */
  reason?: string;
  /** Free text for the console only; the audit log's fixed-size records do not keep it. */
  detail?: string;
  /** Version of the credential bundle a decision was taken against (access decisions). */
  credVersion?: number;
  /** How far the wall clock was trusted when a decision was taken: "trusted" | "rtc" | "unknown". */
  clock?: string;
}

export interface EventSink {
  emit(event: FirmwareEvent): void;
}

export const EVENT_LINE_PREFIX = "EVT ";

export function formatEventLine(event: FirmwareEvent): string {
  return EVENT_LINE_PREFIX + JSON.stringify(event);
}

/** Reads a console line back into an event; undefined for any other line. */
export function parseEventLine(line: string): FirmwareEvent | undefined {
  if (!line.startsWith(EVENT_LINE_PREFIX)) return undefined;
  try {
    const value = JSON.parse(line.substring(EVENT_LINE_PREFIX.length)) as FirmwareEvent;
    return typeof value === "object" && value !== null && typeof value.type === "string" ? value : undefined;
  } catch (e) {
    return undefined;
  }
}
