export interface Watchdog {
  /** Starts the hardware watchdog; it cannot be stopped until the next reset. */
  enable(timeoutMs: number): void;
  /** Must be called more often than the timeout, from the firmware's own health check. */
  kick(): void;
}

export type ResetCauseName = "power-on" | "software" | "watchdog" | "brown-out" | "unknown";

export interface ResetCause {
  /** Why the chip last reset. Stable for the whole boot (read once, then remembered). */
  get(): ResetCauseName;
  /** The raw evidence, for the audit log ("stm32f4 RCC_CSR=0x24000000", "esp32 reset reason 12"). */
  detail(): string;
}

/** Where console text goes (the REPL device, when there is one). */
export interface LogSink {
  line(text: string): void;
}

export interface MemoryUsage {
  /** In interpreter variables (blocks). */
  free: number;
  usage: number;
  total: number;
}

export interface SystemInfo {
  /** Interpreter version, e.g. "2v29". */
  readonly interpreterVersion: string;
  /** Runs a garbage collection first. */
  memory(): MemoryUsage;
  /** Error flags raised since the last call ("FIFO_FULL", "MEMORY", ...); reading clears them. */
  takeErrorFlags(): string[];
  /** Hard reset of the chip. RAM is lost; flash is kept. */
  reboot(): void;
}
