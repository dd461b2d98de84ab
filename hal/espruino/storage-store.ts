import type { KeyValueStore } from "../interfaces/key-value-store";

/** Storage keeps 28 characters of a name: a longer key would silently overwrite another. */
const MAX_KEY_LENGTH = 28;

function checkKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new Error("Storage key must be 1-28 characters: " + key);
  if (key.charAt(0) === ".") throw new Error("Storage keys starting with '.' are the interpreter's: " + key);
}

export function createStorageStore(): KeyValueStore {
  const storage = require("Storage");
  return {
    maxKeyLength: MAX_KEY_LENGTH,
    read(key: string): Uint8Array | undefined {
      checkKey(key);
      const buffer = storage.readArrayBuffer(key);
      return buffer === undefined ? undefined : new Uint8Array(buffer);
    },
    write(key: string, bytes: Uint8Array): void {
      checkKey(key);
      // Storage refuses zero-length files; say so in our terms.
      if (bytes.length === 0) throw new Error("Storage cannot hold an empty value: " + key);
      if (!storage.write(key, bytes)) throw new Error("Storage write failed: " + key);
    },
    erase(key: string): void {
      checkKey(key);
      storage.erase(key);
    },
    list(prefix?: string): string[] {
      return storage.list().filter(function (name: string): boolean {
        return name.charAt(0) !== "." && (prefix === undefined || name.startsWith(prefix));
      });
    },
    free(): number {
      return storage.getFree();
    },
  };
}
