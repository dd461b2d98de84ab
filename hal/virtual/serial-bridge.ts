/**
 * A virtual board's USB (or UART) serial port on a TCP port, so host tools reach it the way they
 * reach a real board's serial port: `npm run logs -- --port tcp://127.0.0.1:PORT`.
 *
 * The routing is the interpreter's: while the port is the console device (a development build),
 * what arrives goes to the JavaScript REPL and what the board prints comes back; once the
 * firmware has moved the console off the port (a production build), what arrives goes to the
 * port's on("data") listeners and only what the firmware writes to the port comes back. The
 * console device is looked at again after every line, so `E.setConsole(null)` typed at the REPL
 * hands the rest of the stream to the firmware, as on a real board.
 *
 * One client at a time (hal/virtual/one-client-port.ts).
 */
import { listenOneClient } from "./one-client-port";
import { EspruinoRepl } from "./repl/espruino-repl";
import type { VirtualBoard } from "./virtual-board";

export interface SerialBridgeOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Default "USB". */
  serialPort?: string;
}

export interface SerialBridge {
  readonly port: number;
  close(): Promise<void>;
}

export async function startSerialBridge(board: VirtualBoard, opts: SerialBridgeOptions): Promise<SerialBridge> {
  const portName = opts.serialPort ?? "USB";
  const serial = board.serial(portName);
  let sendToClient: (text: string) => void = () => undefined;
  const send = (text: string) => sendToClient(text);
  const repl = new EspruinoRepl(
    {
      evaluate: (source) => board.evaluate(source),
      onOutput: (listener) => board.onOutput((text) => {
        if (consoleIsHere()) listener(text);
      }),
    },
    send,
  );
  const stopWrites = serial.onWrite(send);

  function consoleIsHere(): boolean {
    try {
      return board.isOn && board.runtime.consoleDevice === portName;
    } catch {
      return false;
    }
  }

  function deliver(data: string): void {
    let rest = data;
    while (rest.length > 0) {
      if (!board.isOn) return; // a board without power hears nothing
      if (!consoleIsHere()) {
        serial.receive(rest);
        return;
      }
      const lineEnd = rest.search(/[\r\n]/);
      const upTo = lineEnd < 0 ? rest.length : lineEnd + 1;
      repl.receive(rest.slice(0, upTo));
      rest = rest.slice(upTo);
    }
  }

  const port = await listenOneClient({ port: opts.port, host: opts.host, onData: deliver });
  sendToClient = port.send;
  return {
    port: port.port,
    close: () => {
      stopWrites();
      repl.dispose();
      return port.close();
    },
  };
}
