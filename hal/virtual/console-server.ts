/**
 * The virtual board's console on a TCP port, like the telnet console of Espruino's network
 * builds, so the real `espruino` CLI can reach it: `espruino --no-ble -p tcp://127.0.0.1:PORT`.
 *
 * The board has one console: a new connection takes it over and the previous one is closed.
 * Bytes are Latin-1 both ways (the interpreter's strings are bytes).
 */
import type { ReplTarget } from "./repl-target";
import { listenOneClient } from "./one-client-port";
import { EspruinoRepl } from "./repl/espruino-repl";

export interface ConsoleServerOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
}

export interface ConsoleServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startConsoleServer(target: ReplTarget, opts: ConsoleServerOptions): Promise<ConsoleServer> {
  let send: (text: string) => void = () => undefined;
  const repl = new EspruinoRepl(target, (text) => send(text));
  const port = await listenOneClient({ port: opts.port, host: opts.host, onData: (text) => repl.receive(text) });
  send = port.send;
  return {
    port: port.port,
    close: () => {
      repl.dispose();
      return port.close();
    },
  };
}
