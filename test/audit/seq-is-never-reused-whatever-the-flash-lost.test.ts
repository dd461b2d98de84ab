import { expect } from "chai";
import { verifyChain } from "../../src/audit/record";
import { BASE, createRig, hostCrypto, readAll, sampleEvent, SMALL_RING, TEST_KEY, type LogRig } from "./support/rig";

const PAGE = SMALL_RING.pageSize;

/** 50 records: page 0 holds seqs 1-31, page 1 (the head) seqs 32-50 in slots 1-19. */
function fiftyRecords(): LogRig {
  const rig = createRig(SMALL_RING);
  const log = rig.open();
  for (let i = 0; i < 50; i++) log.append(sampleEvent(i));
  return rig;
}

/** The same flash, damaged by `damage`, booted by a device whose state holds `state`. */
function rebootDamaged(rig: LogRig, damage: (image: Uint8Array) => void, keepState: boolean): LogRig {
  const image = rig.nor.snapshot();
  damage(image);
  const next = createRig(SMALL_RING);
  next.nor.restore(image);
  if (keepState) for (const [key, value] of rig.state.entries()) next.state.set(key, value);
  next.highestCommitted = rig.highestCommitted;
  return next;
}

function slotAt(page: number, slot: number): number {
  return BASE + page * PAGE + slot * 32 - BASE;
}

/** Boots, appends, and returns the lowest seq this boot wrote (its reports of the damage come first). */
function firstNewSeq(rig: LogRig, chainIntact: boolean): number {
  const log = rig.open();
  log.append(sampleEvent(1000));
  if (chainIntact) expect(verifyChain(readAll(log), { crypto: hostCrypto, key: TEST_KEY })).to.equal(undefined);
  return Math.min(...rig.intended.keys());
}

describe("audit log: no seq is ever used twice, whatever the flash lost", () => {
  it("resumes above a newest record that was erased without a trace", () => {
    const rig = fiftyRecords();
    const damaged = rebootDamaged(rig, (image) => image.fill(0xff, slotAt(1, 19), slotAt(1, 20)), true);
    expect(firstNewSeq(damaged, true)).to.be.greaterThan(50);
    expect(damaged.seqReused).to.equal(0);
  });

  it("resumes above a newest page whose header was erased", () => {
    const rig = fiftyRecords();
    const damaged = rebootDamaged(rig, (image) => image.fill(0xff, slotAt(1, 0), slotAt(1, 1)), true);
    expect(firstNewSeq(damaged, true)).to.be.greaterThan(50);
    expect(damaged.seqReused).to.equal(0);
  });

  it("with RAM-only state (no ceiling), resumes above seq fields left in unauthenticated slots", () => {
    const rig = fiftyRecords();
    // A flipped bit in the head page's header MAC: its 19 records can no longer be trusted,
    // but their seq fields still say which seqs were used.
    const damaged = rebootDamaged(rig, (image) => (image[slotAt(1, 0) + 21] ^= 4), false);
    expect(firstNewSeq(damaged, true)).to.equal(51);
    expect(damaged.seqReused).to.equal(0);
  });

  it("with RAM-only state, ignores a garbage seq field far beyond anything the log could hold", () => {
    const rig = fiftyRecords();
    const damaged = rebootDamaged(
      rig,
      (image) => {
        image[slotAt(1, 5) + 7] ^= 0x80; // seq 36 becomes 36 + 2^31: a torn slot now
      },
      false,
    );
    // The torn slot hides seq 36 and breaks the chain there (seq 37 no longer verifies): a true report.
    expect(firstNewSeq(damaged, false)).to.equal(51);
  });
});
