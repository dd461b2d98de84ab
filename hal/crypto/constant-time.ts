/**
 * True when both byte strings are equal, looking at every byte whatever it finds, so the time
 * taken does not tell an attacker how many leading bytes of a digest they guessed. Lengths are
 * not secret (digests have fixed lengths), so different lengths return at once.
 */
export function equalConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}
