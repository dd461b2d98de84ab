/**
 * SHA-256 (FIPS 180-4) in 32-bit integer arithmetic, for interpreters built without
 * `crypto.SHA256`, and incremental where the native one is not (hashing a flash table a page at a
 * time). Every table is a typed array: Espruino's plain arrays are linked lists, slow to index.
 * Values are kept as signed 32-bit integers (`| 0`) because Espruino has no Math.imul or uint32.
 */

function toInt32Array(values: number[]): Int32Array {
  const result = new Int32Array(values.length);
  let index = 0;
  for (const value of values) {
    result[index] = value | 0;
    index++;
  }
  return result;
}

// Pure: a bundle that never hashes with this module (native SHA-256) drops the tables too.
const ROUND_CONSTANTS = /* @__PURE__ */ toInt32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = /* @__PURE__ */ toInt32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const BLOCK_BYTES = 64;
/** Where the 64-bit message length starts in the last block. */
const LENGTH_OFFSET = 56;

function rotateRight(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}

function compressBlock(state: Int32Array, words: Int32Array, bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const p = offset + i * 4;
    words[i] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
  }
  for (let i = 16; i < 64; i++) {
    const w15 = words[i - 15];
    const w2 = words[i - 2];
    const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
    const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
    words[i] = (words[i - 16] + sigma0 + words[i - 7] + sigma1) | 0;
  }
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  let e = state[4];
  let f = state[5];
  let g = state[6];
  let h = state[7];
  for (let i = 0; i < 64; i++) {
    const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choice = (e & f) ^ (~e & g);
    const temp1 = (h + sum1 + choice + ROUND_CONSTANTS[i] + words[i]) | 0;
    const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temp2 = (sum0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temp1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temp1 + temp2) | 0;
  }
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
  state[4] = (state[4] + e) | 0;
  state[5] = (state[5] + f) | 0;
  state[6] = (state[6] + g) | 0;
  state[7] = (state[7] + h) | 0;
}

function writeWordBigEndian(target: Uint8Array, offset: number, word: number): void {
  target[offset] = (word >>> 24) & 0xff;
  target[offset + 1] = (word >>> 16) & 0xff;
  target[offset + 2] = (word >>> 8) & 0xff;
  target[offset + 3] = word & 0xff;
}

export interface Sha256Hasher {
  update(bytes: Uint8Array): void;
  /** The 32-byte digest. The hasher is spent afterwards: further calls throw. */
  digest(): Uint8Array;
}

export function createSha256(): Sha256Hasher {
  const state = new Int32Array(8);
  for (let i = 0; i < 8; i++) state[i] = INITIAL_STATE[i];
  const words = new Int32Array(64);
  const pending = new Uint8Array(BLOCK_BYTES);
  let pendingLength = 0;
  let totalLength = 0;
  let spent = false;

  function refuseIfSpent(): void {
    if (spent) throw new Error("SHA-256 digest already taken");
  }

  return {
    update(bytes: Uint8Array): void {
      refuseIfSpent();
      totalLength += bytes.length;
      let offset = 0;
      if (pendingLength > 0) {
        while (pendingLength < BLOCK_BYTES && offset < bytes.length) {
          pending[pendingLength] = bytes[offset];
          pendingLength++;
          offset++;
        }
        if (pendingLength < BLOCK_BYTES) return;
        compressBlock(state, words, pending, 0);
        pendingLength = 0;
      }
      while (offset + BLOCK_BYTES <= bytes.length) {
        compressBlock(state, words, bytes, offset);
        offset += BLOCK_BYTES;
      }
      while (offset < bytes.length) {
        pending[pendingLength] = bytes[offset];
        pendingLength++;
        offset++;
      }
    },

    digest(): Uint8Array {
      refuseIfSpent();
      spent = true;
      pending[pendingLength] = 0x80;
      pendingLength++;
      if (pendingLength > LENGTH_OFFSET) {
        pending.fill(0, pendingLength);
        compressBlock(state, words, pending, 0);
        pendingLength = 0;
      }
      pending.fill(0, pendingLength);
      writeWordBigEndian(pending, LENGTH_OFFSET, Math.floor(totalLength / 0x20000000));
      writeWordBigEndian(pending, LENGTH_OFFSET + 4, (totalLength * 8) | 0);
      compressBlock(state, words, pending, 0);
      const digest = new Uint8Array(32);
      for (let i = 0; i < 8; i++) writeWordBigEndian(digest, i * 4, state[i]);
      return digest;
    },
  };
}

export function sha256(bytes: Uint8Array): Uint8Array {
  const hasher = createSha256();
  hasher.update(bytes);
  return hasher.digest();
}
