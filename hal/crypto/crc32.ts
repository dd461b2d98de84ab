/** CRC-32 (IEEE 802.3, as zlib), unsigned — what Espruino's E.CRC32 returns; for hosts and fakes. */

const POLYNOMIAL_REFLECTED = 0xedb88320 | 0;

function buildTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL_REFLECTED ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

const TABLE = buildTable();

export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
