/** HMAC (RFC 2104) over any SHA-256: Espruino's crypto module has no HMAC. */

export type Sha256Function = (bytes: Uint8Array) => Uint8Array;

const BLOCK_BYTES = 64;
const DIGEST_BYTES = 32;
const INNER_PAD = 0x36;
const OUTER_PAD = 0x5c;

/** The inner hash needs key-block || message in one buffer, so the message is copied once. */
export function hmacSha256(hash: Sha256Function, key: Uint8Array, message: Uint8Array): Uint8Array {
  const blockKey = new Uint8Array(BLOCK_BYTES);
  blockKey.set(key.length > BLOCK_BYTES ? hash(key) : key, 0);

  const inner = new Uint8Array(BLOCK_BYTES + message.length);
  for (let i = 0; i < BLOCK_BYTES; i++) inner[i] = blockKey[i] ^ INNER_PAD;
  inner.set(message, BLOCK_BYTES);
  const innerDigest = hash(inner);

  const outer = new Uint8Array(BLOCK_BYTES + DIGEST_BYTES);
  for (let i = 0; i < BLOCK_BYTES; i++) outer[i] = blockKey[i] ^ OUTER_PAD;
  outer.set(innerDigest, BLOCK_BYTES);
  return hash(outer);
}
