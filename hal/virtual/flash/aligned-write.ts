/**
 * Programs bytes at any address and length the way the interpreter's jshFlashWriteAligned does:
 * a ragged first or last word is read, patched in RAM and programmed whole. The neighbouring
 * bytes are programmed with their own value, which clears nothing, so they survive.
 */
import type { NorFlash } from "./nor-flash";

export const WORD = 4;

export function programAligned(flash: NorFlash, addr: number, data: Uint8Array): void {
  let cursor = 0;
  let remaining = data.length;
  const headOffset = addr % WORD;
  if (headOffset !== 0 && remaining > 0) {
    const word = flash.read(addr - headOffset, WORD);
    const take = Math.min(WORD - headOffset, remaining);
    word.set(data.subarray(0, take), headOffset);
    flash.program(addr - headOffset, word);
    cursor += take;
    addr += take;
    remaining -= take;
  }
  const tail = remaining % WORD;
  const body = remaining - tail;
  if (body > 0) {
    flash.program(addr, data.subarray(cursor, cursor + body));
    cursor += body;
    addr += body;
  }
  if (tail > 0) {
    const word = flash.read(addr, WORD);
    word.set(data.subarray(cursor, cursor + tail), 0);
    flash.program(addr, word);
  }
}
