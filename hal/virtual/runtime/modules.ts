/**
 * `require(...)` of the virtual board: the built-in modules the board's Espruino build has.
 * Storage and Flash delegate to the flash engineer's models (hal/virtual/flash); values cross
 * into the firmware's realm here. Crypto exists only as far as board.crypto says.
 */
import { createHash } from "node:crypto";
import type { BoardDefinition } from "../../board";
import { bytesOf, byteString, type Realm } from "./realm";

/** What the runtime needs of EspruinoStorage (hal/virtual/flash/storage.ts). */
export interface StorageLike {
  write(name: string, data: string | Uint8Array, offset?: number, size?: number): unknown;
  read(name: string, offset?: number, length?: number): unknown;
  readJSON(name: string, noExceptions?: boolean): unknown;
  readArrayBuffer(name: string): unknown;
  list(pattern?: unknown, options?: unknown): unknown;
  erase(name: string): unknown;
  compact(showMessage?: boolean): unknown;
  getFree(checkInternalFlash?: boolean): unknown;
  getStats(checkInternalFlash?: boolean): unknown;
  eraseAll(): unknown;
  open(name: string, mode: string): unknown;
}

/** What the runtime needs of createFlashModule's result (hal/virtual/flash/flash-module.ts). */
export interface FlashModuleLike {
  getFree(): unknown;
  erasePage(addr: number): unknown;
  write(data: Uint8Array, addr: number): unknown;
  read(length: number, addr: number): unknown;
}

export interface NetworkLike {
  /** Opens a connection or throws (refused / no network). */
  connect(host: string, port: number, events: { data(text: string): void; close(hadError: boolean): void; error(code: number, message: string): void }): {
    write(text: string): void;
    end(): void;
  };
}

export interface ModuleHost {
  board: BoardDefinition;
  realm: Realm;
  storage: StorageLike;
  flashModule: FlashModuleLike;
  network: NetworkLike | undefined;
  /** Wraps a host call: host errors become realm errors, dead boards refuse. */
  guard<T>(fn: () => T): T;
  dispatch(callback: unknown, args: unknown[], thisArg?: unknown): void;
}

/** Host value → firmware realm (strings stay; bytes become realm Uint8Array/ArrayBuffer; data is re-parsed). */
export function toRealm(realm: Realm, value: unknown, bytesAs: "Uint8Array" | "ArrayBuffer" = "Uint8Array"): unknown {
  if (value === null || value === undefined || typeof value !== "object") return value;
  if (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]") {
    const bytes = bytesOf(value);
    return bytesAs === "ArrayBuffer" ? realm.arrayBuffer(bytes) : realm.uint8Array(bytes);
  }
  return realm.fromJson(JSON.stringify(value));
}

/** Firmware value → host (typed arrays from the realm become host Uint8Arrays). */
function toHostData(value: unknown): string | Uint8Array {
  if (typeof value === "string") return value;
  if (ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]") return bytesOf(value);
  return String(value);
}

export function createModules(host: ModuleHost): (name: unknown) => unknown {
  const cache = new Map<string, unknown>();
  const { realm, guard } = host;
  const make = (name: string): unknown => {
    switch (name) {
      case "Storage":
        return storageModule(host);
      case "Flash":
        return realm.object({
          getFree: () => guard(() => toRealm(realm, host.flashModule.getFree())),
          erasePage: (addr: unknown) => guard(() => void host.flashModule.erasePage(Number(addr))),
          write: (data: unknown, addr: unknown) => guard(() => void host.flashModule.write(bytesOf(data), Number(addr))),
          read: (length: unknown, addr: unknown) => guard(() => toRealm(realm, host.flashModule.read(Number(length), Number(addr)))),
        });
      case "crypto":
        return cryptoModule(host);
      case "net":
        return host.board.transports.wifi ? netModule(host) : undefined;
      default:
        return undefined;
    }
  };
  return (nameValue: unknown) => {
    const name = String(nameValue);
    if (!cache.has(name)) {
      const module = make(name);
      if (module === undefined) throw realm.error("Error", `Module ${name} not found`);
      cache.set(name, module);
    }
    return cache.get(name);
  };
}

function storageModule(host: ModuleHost): unknown {
  const { realm, guard, storage } = host;
  const wrapFile = (file: unknown): unknown => {
    const f = file as Record<string, (...args: unknown[]) => unknown>;
    return realm.object({
      read: (len: unknown) => guard(() => toRealm(realm, f.read(len))),
      readLine: () => guard(() => toRealm(realm, f.readLine())),
      getLength: () => guard(() => f.getLength()),
      write: (data: unknown) => guard(() => toRealm(realm, f.write(toHostData(data)))),
      erase: () => guard(() => void f.erase()),
    });
  };
  return realm.object({
    write: (name: unknown, data: unknown, offset?: unknown, size?: unknown) =>
      guard(() =>
        toRealm(realm, storage.write(String(name), toHostData(data), offset === undefined ? undefined : Number(offset), size === undefined ? undefined : Number(size))),
      ),
    writeJSON: (name: unknown, data: unknown) => guard(() => toRealm(realm, storage.write(String(name), JSON.stringify(data)))),
    read: (name: unknown, offset?: unknown, length?: unknown) =>
      guard(() => toRealm(realm, storage.read(String(name), offset === undefined ? undefined : Number(offset), length === undefined ? undefined : Number(length)))),
    readJSON: (name: unknown, noExceptions?: unknown) => guard(() => toRealm(realm, storage.readJSON(String(name), Boolean(noExceptions)))),
    readArrayBuffer: (name: unknown) => guard(() => toRealm(realm, storage.readArrayBuffer(String(name)), "ArrayBuffer")),
    list: (pattern?: unknown, options?: unknown) => guard(() => toRealm(realm, storage.list(pattern, options))),
    erase: (name: unknown) => guard(() => void storage.erase(String(name))),
    compact: () => guard(() => void storage.compact()),
    getFree: () => guard(() => storage.getFree()),
    getStats: () => guard(() => toRealm(realm, storage.getStats())),
    eraseAll: () => guard(() => void storage.eraseAll()),
    open: (name: unknown, mode: unknown) => guard(() => wrapFile(storage.open(String(name), String(mode)))),
  });
}

function cryptoModule(host: ModuleHost): unknown {
  const { board, realm, guard } = host;
  const c = board.crypto;
  if (!c.sha256 && !c.sha512 && !c.aes && !c.tls) return undefined;
  const digest = (algorithm: string) => (message: unknown) =>
    guard(() => realm.arrayBuffer(createHash(algorithm).update(bytesOf(message)).digest()));
  // USE_CRYPTO builds have SHA1; USE_SHA256 adds SHA224/256; USE_SHA512 adds SHA384/512.
  const module = realm.object({ SHA1: digest("sha1") });
  if (c.sha256) {
    module.SHA224 = digest("sha224");
    module.SHA256 = digest("sha256");
  }
  if (c.sha512) {
    module.SHA384 = digest("sha384");
    module.SHA512 = digest("sha512");
  }
  return module;
}

function netModule(host: ModuleHost): unknown {
  const { realm, guard } = host;
  return realm.object({
    connect: (options: unknown, onConnect: unknown) =>
      guard(() => {
        const o = (options ?? {}) as { host?: unknown; port?: unknown };
        if (!host.network) throw realm.error("InternalError", "Unable to create socket");
        const socket = realm.object();
        const emit = (event: string, args: unknown[]) => {
          const listeners = (socket as Record<string, unknown>)[`#on${event}`];
          if (listeners !== undefined) host.dispatch(listeners, args, socket);
        };
        let connection: { write(text: string): void; end(): void };
        try {
          connection = host.network.connect(String(o.host), Number(o.port), {
            data: (text) => emit("data", [text]),
            close: (hadError) => emit("close", [hadError]),
            error: (code, message) => emit("error", [realm.object({ code, message })]),
          });
        } catch {
          throw realm.error("InternalError", "Unable to create socket");
        }
        socket.write = (data: unknown) => guard(() => (connection.write(typeof data === "string" ? data : byteString(bytesOf(data))), false));
        socket.end = () => guard(() => connection.end());
        if (typeof onConnect === "function") host.dispatch(onConnect, [socket]);
        return socket;
      }),
  });
}
