export interface NetError {
  /** Espruino's code: -3 timeout, -4 no route, -6 DNS not found, -9 reset/refused, ... */
  code: number;
  message: string;
}

export interface NetConnectOptions {
  host: string;
  port: number;
  onConnect: () => void;
  /** Received bytes as a string of char codes 0–255. */
  onData: (data: string) => void;
  /**
   * Called after an error too: every connection ends with exactly one onClose, even one that
   * could not be started.
   */
  onClose: (hadError: boolean) => void;
  onError: (error: NetError) => void;
}

export interface NetConnection {
  /** Bytes (or a string of char codes 0–255). Ignored once closed. */
  write(data: string | Uint8Array): void;
  end(): void;
}

export interface NetSockets {
  /**
   * Never throws: a connection refused at once (Espruino throws synchronously) is reported
   * through onError then onClose, from a timer, like any other failure.
   */
  connect(options: NetConnectOptions): NetConnection;
}
