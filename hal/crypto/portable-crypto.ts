import type { Crypto } from "../interfaces/crypto";
import { equalConstantTime } from "./constant-time";
import { crc32 } from "./crc32";
import { hmacSha256 } from "./hmac";
import { sha256 } from "./sha256";

/** Crypto entirely in our own code: the fallback for a build without SHA256, and host fakes. */
export function createPortableCrypto(): Crypto {
  return {
    sha256: sha256,
    hmacSha256(key: Uint8Array, bytes: Uint8Array): Uint8Array {
      return hmacSha256(sha256, key, bytes);
    },
    crc32: crc32,
    equalConstantTime: equalConstantTime,
  };
}
