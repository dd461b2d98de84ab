/** A raw TCP client for bridge tests: send bytes, wait (event-driven, no timers) for what arrives. */
import { connect, type Socket } from "node:net";

export class TcpProbe {
  received = "";
  private waiters: Array<{ test: (text: string) => boolean; done: () => void }> = [];

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.received += chunk.toString("latin1");
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(this.received)) return true;
        w.done();
        return false;
      });
    });
  }

  static open(port: number): Promise<TcpProbe> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port });
      socket.once("error", reject);
      socket.once("connect", () => resolve(new TcpProbe(socket)));
    });
  }

  send(data: Uint8Array | string): void {
    this.socket.write(typeof data === "string" ? Buffer.from(data, "latin1") : data);
  }

  until(test: (text: string) => boolean): Promise<void> {
    if (test(this.received)) return Promise.resolve();
    return new Promise((done) => this.waiters.push({ test, done }));
  }

  close(): void {
    this.socket.destroy();
  }
}
