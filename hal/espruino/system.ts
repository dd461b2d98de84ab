import type { LogSink, MemoryUsage, SystemInfo } from "../interfaces/system";

export function createLogSink(): LogSink {
  return {
    line(text: string): void {
      console.log(text);
    },
  };
}

export function createSystemInfo(): SystemInfo {
  return {
    interpreterVersion: process.env.VERSION,
    memory(): MemoryUsage {
      const memory = process.memory();
      return { free: memory.free, usage: memory.usage, total: memory.total };
    },
    takeErrorFlags(): string[] {
      return E.getErrorFlags();
    },
    reboot(): void {
      E.reboot();
    },
  };
}
