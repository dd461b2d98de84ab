export interface Crypto {
  /** 32-byte digest. */
  sha256(bytes: Uint8Array): Uint8Array;
  /** HMAC-SHA-256 (RFC 2104), 32 bytes. Keys longer than 64 bytes are hashed first. */
  hmacSha256(key: Uint8Array, bytes: Uint8Array): Uint8Array;
  /** CRC-32 as zlib computes it (unsigned): for framing checks, never for authentication. */
  crc32(bytes: Uint8Array): number;
  /** Compares without an early exit, so timing does not reveal where digests differ. */
  equalConstantTime(a: Uint8Array, b: Uint8Array): boolean;
}
