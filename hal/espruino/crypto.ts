import type { CryptoDefinition } from "../board";
import type { Crypto } from "../interfaces/crypto";
import { equalConstantTime } from "../crypto/constant-time";
import { hmacSha256 } from "../crypto/hmac";
import { sha256 as portableSha256 } from "../crypto/sha256";

function nativeSha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(require("crypto").SHA256(bytes));
}

/** Native SHA-256 where the build has it (far faster), ours where it does not; HMAC is always ours. */
export function createCrypto(available: CryptoDefinition): Crypto {
  // A bundle defines this from the same board.crypto.sha256 (hal/interfaces/board-features.ts):
  // a literal, so bundles of boards with the native SHA-256 do not carry ours.
  const native = typeof __BOARD_NATIVE_SHA256__ === "undefined" ? available.sha256 : __BOARD_NATIVE_SHA256__;
  const sha256 = native ? nativeSha256 : portableSha256;
  return {
    sha256: sha256,
    hmacSha256(key: Uint8Array, bytes: Uint8Array): Uint8Array {
      return hmacSha256(sha256, key, bytes);
    },
    crc32(bytes: Uint8Array): number {
      return E.CRC32(bytes);
    },
    equalConstantTime: equalConstantTime,
  };
}
