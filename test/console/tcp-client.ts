/** A raw TCP client for console tests: collects what the console sends and waits for text. */
import { connect, type Socket } from "node:net";

export interface ConsoleClient {
  socket: Socket;
  received(): string;
  /** Resolves once the text received so far matches; rejects after timeoutMs. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the server closes the connection. */
  closed: Promise<void>;
  send(text: string): void;
}

export function connectClient(port: number): Promise<ConsoleClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port });
    let text = "";
    const waiters = new Set<() => void>();
    socket.on("data", (chunk: Buffer) => {
      text += chunk.toString("latin1");
      for (const check of [...waiters]) check();
    });
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    socket.once("error", reject);
    socket.once("connect", () =>
      resolve({
        socket,
        closed,
        received: () => text,
        send: (data) => socket.write(Buffer.from(data, "latin1")),
        waitFor: (pattern, timeoutMs = 5000) =>
          new Promise((found, fail) => {
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`timed out waiting for ${pattern}; received ${JSON.stringify(text)}`));
            }, timeoutMs);
            const check = () => {
              if (!pattern.test(text)) return;
              clearTimeout(timer);
              waiters.delete(check);
              found(text);
            };
            waiters.add(check);
            check();
          }),
      }),
    );
  });
}
