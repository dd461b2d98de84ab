import type { SerialPort, SerialPortName, SerialPortOptions } from "../interfaces/serial";

function serialNamed(name: SerialPortName): EspruinoSerial {
  if (name === "USB") return USB;
  if (name === "Serial1") return Serial1;
  if (name === "Serial2") return Serial2;
  throw new Error("Unknown serial port " + name);
}

export function createSerialPort(options: SerialPortOptions): SerialPort {
  const name = options.port;
  const device = serialNamed(name);
  if (name !== "USB") device.setup(options.baud);
  device.on("data", options.onData);
  return {
    write(data: string | Uint8Array): void {
      device.write(data);
    },
    takeConsole(): void {
      // Forced, so plugging USB in later cannot bring the REPL back onto the protocol port.
      if (E.getConsole() === name) E.setConsole(null, { force: true });
    },
    releaseConsole(): void {
      E.setConsole(name, { force: false });
    },
  };
}
