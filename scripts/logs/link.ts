/**
 * The byte stream to a board: a serial port (serialport) or, for the virtual board's serial
 * bridge, tcp://HOST:PORT. Both look the same to the protocol client.
 */
import { connect, type Socket } from "node:net";

export interface ByteLink {
  write(bytes: Uint8Array): void;
  onData(listener: (data: Buffer) => void): void;
  close(): Promise<void>;
}

export class LinkError extends Error {}

export function parseTcpAddress(port: string): { host: string; port: number } | undefined {
  const match = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(port);
  return match ? { host: match[1], port: Number(match[2]) } : undefined;
}

export async function openLink(port: string, baudRate = 115200): Promise<ByteLink> {
  const tcp = parseTcpAddress(port);
  if (tcp) return openTcp(tcp.host, tcp.port);
  if (port.startsWith("tcp:")) throw new LinkError(`bad TCP address ${port}: use tcp://HOST:PORT`);
  return openSerial(port, baudRate);
}

function openTcp(host: string, port: number): Promise<ByteLink> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host, port });
    socket.setNoDelay(true);
    socket.once("error", (error) => reject(new LinkError(`cannot connect to tcp://${host}:${port}: ${error.message}`)));
    socket.once("connect", () => {
      resolve({
        write: (bytes) => void socket.write(bytes),
        onData: (listener) => void socket.on("data", listener),
        close: () =>
          new Promise<void>((done) => {
            if (socket.destroyed) return done();
            socket.once("close", () => done());
            socket.end();
            socket.destroySoon?.();
          }),
      });
    });
  });
}

async function openSerial(path: string, baudRate: number): Promise<ByteLink> {
  const { SerialPort } = await import("serialport");
  return new Promise((resolve, reject) => {
    const serial = new SerialPort({ path, baudRate, autoOpen: false });
    serial.open((error) => {
      if (error) {
        reject(new LinkError(`cannot open serial port ${path}: ${error.message}`));
        return;
      }
      resolve({
        write: (bytes) => void serial.write(Buffer.from(bytes)),
        onData: (listener) => void serial.on("data", listener),
        close: () => new Promise<void>((done) => serial.close(() => done())),
      });
    });
  });
}
