import { subArea, type ByteArea, type ErasableArea } from "./byte-area";

/**
 * Two slots holding versions of one payload (the credential table). Slot layout:
 *   0-3 commit word (0 = committed; programmed LAST) · 4-7 reserved · 8.. payload
 * The slot in force is the committed one whose payload `versionOf` accepts with the highest
 * version. An update erases the other slot, lets the caller program and verify the payload,
 * then programs the commit word. A cut before that word is down leaves the old slot in force;
 * after it, the new one (its version is higher). Nothing is ever written into the slot in force.
 */
export interface AbSlotInForce {
  slot: number;
  version: number;
  payload: ByteArea;
}

export interface AbRegion {
  readonly payloadSize: number;
  inForce(): AbSlotInForce | undefined;
  /** Erases the slot not in force and returns its payload area for the caller to program. */
  beginUpdate(): ByteArea;
  /**
   * Commits the slot `beginUpdate` prepared and returns what is in force afterwards. Throws if
   * the commit word did not take or the new payload is not the one `versionOf` now prefers.
   */
  commit(): AbSlotInForce;
}

export interface AbRegionOptions {
  slots: ErasableArea[];
  /** The payload's version if it is complete and authentic, else undefined. Must read little. */
  versionOf: (payload: ByteArea) => number | undefined;
}

const PAYLOAD_OFFSET = 8;
const COMMITTED = new Uint8Array(4);

export function openAbRegion(options: AbRegionOptions): AbRegion {
  if (options.slots.length !== 2) throw new Error("an A/B region has exactly two slots");
  const slots = options.slots;
  const payloadSize = Math.min(slots[0].size, slots[1].size) - PAYLOAD_OFFSET;
  const payloads = [subArea(slots[0], PAYLOAD_OFFSET, payloadSize), subArea(slots[1], PAYLOAD_OFFSET, payloadSize)];
  let current: AbSlotInForce | undefined = undefined;
  let preparing = -1;

  function committed(slot: number): boolean {
    const word = slots[slot].read(0, 4);
    return word[0] === 0 && word[1] === 0 && word[2] === 0 && word[3] === 0;
  }

  function choose(): void {
    current = undefined;
    for (let i = 0; i < 2; i++) {
      if (!committed(i)) continue;
      const version = options.versionOf(payloads[i]);
      if (version === undefined) continue;
      if (current === undefined || version > current.version) current = { slot: i, version: version, payload: payloads[i] };
    }
  }

  choose();

  return {
    payloadSize: payloadSize,
    inForce(): AbSlotInForce | undefined {
      return current;
    },
    beginUpdate(): ByteArea {
      preparing = current === undefined ? 0 : 1 - current.slot;
      slots[preparing].erase();
      return payloads[preparing];
    },
    commit(): AbSlotInForce {
      if (preparing < 0) throw new Error("A/B commit without beginUpdate");
      const slot = preparing;
      preparing = -1;
      slots[slot].program(0, COMMITTED);
      choose();
      if (current === undefined || current.slot !== slot) throw new Error("A/B commit: new slot " + slot + " is not in force");
      return current;
    },
  };
}
