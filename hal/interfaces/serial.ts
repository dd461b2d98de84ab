export type SerialPortName = "USB" | "Serial1" | "Serial2";

export interface SerialPortOptions {
  port: SerialPortName;
  /** Ignored by USB. */
  baud: number;
  /**
   * Received bytes as a string of char codes 0–255. Only delivered while the port is not the
   * interpreter's console (see takeConsole).
   */
  onData: (data: string) => void;
}

export interface SerialPort {
  /** Sends bytes unchanged (a string is sent as its char codes 0–255). */
  write(data: string | Uint8Array): void;
  /**
   * Takes the port from the JavaScript REPL so that what arrives goes to onData and nothing the
   * interpreter prints lands in the protocol. If the REPL was on this port it goes nowhere.
   */
  takeConsole(): void;
  /** Gives the REPL back to this port (maintenance / development builds). */
  releaseConsole(): void;
}
