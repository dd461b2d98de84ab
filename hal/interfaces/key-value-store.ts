/**
 * Small named blobs in Espruino's Storage (provisioned identity, configuration).
 *
 * NOT POWER-SAFE: replacing a value erases the old one first, and any write that needs space may
 * compact Storage; a power cut during compaction leaves Storage invalid and the interpreter
 * erases ALL of it at the next boot. Write rarely (provisioning, configuration); never use it for
 * the audit log or latched state — those live in FlashPages.
 */
export interface KeyValueStore {
  /** Longest key the interpreter keeps unchanged; longer keys are refused, never cut. */
  readonly maxKeyLength: number;
  /** The value's bytes, or undefined. May be a view straight into flash: do not modify. */
  read(key: string): Uint8Array | undefined;
  /** Creates or replaces the value. Throws when Storage has no room. */
  write(key: string, bytes: Uint8Array): void;
  erase(key: string): void;
  /** Keys starting with `prefix` (all keys without it), boot files excluded. */
  list(prefix?: string): string[];
  /** Bytes the largest new value may take without compaction. */
  free(): number;
}
