/**
 * A TCP port that stands for one of the board's wires (its console, its USB serial port): one
 * client at a time, as on the board — a new connection takes the port over and the previous
 * one is closed. Bytes are Latin-1 both ways (the interpreter's strings are bytes).
 */
import { createServer, type Socket } from "node:net";

export interface OneClientPortOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on; loopback unless told otherwise. */
  host?: string;
  /** Text from the connected client. */
  onData: (text: string) => void;
}

export interface OneClientPort {
  readonly port: number;
  /** Sends to the connected client, if any. */
  send(text: string): void;
  close(): Promise<void>;
}

export function listenOneClient(opts: OneClientPortOptions): Promise<OneClientPort> {
  let current: Socket | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    if (current) current.destroy();
    current = socket;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      if (socket === current) opts.onData(chunk.toString("latin1"));
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      sockets.delete(socket);
      if (current === socket) current = undefined;
    });
  });
  const send = (text: string) => {
    if (current && !current.destroyed) current.write(Buffer.from(text, "latin1"));
  };

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      resolve({
        port,
        send,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
