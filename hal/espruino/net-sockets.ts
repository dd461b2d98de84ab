import type { NetConnection, NetConnectOptions, NetSockets } from "../interfaces/net";

/** Espruino's "unknown error" code, for a connection that threw before it existed. */
const UNKNOWN_ERROR = -10;

export function createNetSockets(): NetSockets {
  const net = require("net");
  return {
    connect(options: NetConnectOptions): NetConnection {
      let closed = false;
      let socket: EspruinoSocket | undefined;

      function close(hadError: boolean): void {
        if (closed) return;
        closed = true;
        options.onClose(hadError);
      }

      try {
        socket = net.connect({ host: options.host, port: options.port }, function (): void {
          options.onConnect();
        });
      } catch (error) {
        // A refused connection throws synchronously on Espruino; report it the way every other
        // failure arrives — later, from the main loop — so callers have one path.
        setTimeout(function (): void {
          options.onError({ code: UNKNOWN_ERROR, message: "" + error });
          close(true);
        }, 0);
      }
      if (socket !== undefined) {
        socket.on("data", options.onData);
        socket.on("error", function (error: EspruinoSocketError): void {
          options.onError({ code: error.code, message: error.message });
        });
        socket.on("close", close);
      }

      return {
        write(data: string | Uint8Array): void {
          if (closed || socket === undefined) return;
          socket.write(typeof data === "string" ? data : E.toString(data));
        },
        end(): void {
          if (closed || socket === undefined) return;
          socket.end();
        },
      };
    },
  };
}
