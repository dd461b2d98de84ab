/**
 * The virtual board's console on a TCP port, like the telnet console of Espruino's network
 * builds, so the real `espruino` CLI can reach it: `espruino --no-ble -p tcp://127.0.0.1:PORT`.
 *
 * The board has one console: a new connection takes it over and the previous one is closed.
 * Bytes are Latin-1 both ways (the interpreter's strings are bytes).
 */
import { createServer, type Socket } from "node:net";
import type { ReplTarget } from "./repl-target";
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

export function startConsoleServer(target: ReplTarget, opts: ConsoleServerOptions): Promise<ConsoleServer> {
  let current: Socket | undefined;
  const sockets = new Set<Socket>();
  const repl = new EspruinoRepl(target, (text) => {
    if (current && !current.destroyed) current.write(Buffer.from(text, "latin1"));
  });

  const server = createServer((socket) => {
    sockets.add(socket);
    if (current) current.destroy();
    current = socket;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      if (socket === current) repl.receive(chunk.toString("latin1"));
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      sockets.delete(socket);
      if (current === socket) current = undefined;
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            repl.dispose();
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
