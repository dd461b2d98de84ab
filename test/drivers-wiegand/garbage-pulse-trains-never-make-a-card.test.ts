import { expect } from "chai";
import fc from "fast-check";
import { WiegandReader } from "../../hal/virtual/devices/wiegand";
import { bootInputs } from "../drivers-keypad/support/inputs-board";
import { sendPulses, type Pulse } from "./support/pulses";

/** Cards a frame of these bits may honestly give: its data bits, when its length and parity are right. */
function cardOf(bits: string): string | undefined {
  if (bits.length !== 26 && bits.length !== 34) return undefined;
  const half = bits.length / 2;
  const ones = (s: string) => [...s].filter((b) => b === "1").length;
  if (ones(bits.slice(0, half)) % 2 !== 0 || ones(bits.slice(half)) % 2 !== 1) return undefined;
  const data = bits.slice(1, -1);
  let hex = "";
  for (let i = 0; i < data.length; i += 4) hex += parseInt(data.slice(i, i + 4), 2).toString(16);
  return `card:0:${bits.length}:${hex}`;
}

/** Splits pulses into the runs of bits a decoder could take as one frame (no 25 ms quiet inside). */
function runsOf(pulses: Pulse[]): string[] {
  const runs: string[] = [];
  let current = "";
  let last = -Infinity;
  for (const p of [...pulses].sort((a, b) => a.atMs - b.atMs)) {
    if (p.atMs - last >= 25 && current !== "") {
      runs.push(current);
      current = "";
    }
    current += String(p.line);
    last = p.atMs;
  }
  if (current !== "") runs.push(current);
  return runs;
}

// 0.01: the next pulse starts as soon as the last one ended (pulses are 5 µs here).
const gap = fc.constantFrom(0.01, 0.05, 0.2, 0.9, 1, 1.5, 2, 2, 2, 2.1, 3, 10, 19, 22, 26, 40);
const garbage = fc.array(fc.record({ line: fc.constantFrom<0 | 1>(0, 1), gapMs: gap }), { minLength: 1, maxLength: 80 });
/** A real card frame now and then, so trains hold valid frames mixed with noise. */
const validFrame = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(65535)).map(([f, c]) => WiegandReader.frame26(f, c)),
  fc.nat().map((n) => WiegandReader.frame34(n)),
);
/** A real frame with bits flipped, cut off or added, clocked as evenly as a reader would. */
const damagedFrame = fc
  .tuple(validFrame, fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }), fc.integer({ min: -2, max: 2 }))
  .map(([bits, flips, lengthChange]) => {
    let damaged = bits;
    for (const i of flips) if (i < damaged.length) damaged = damaged.slice(0, i) + (damaged[i] === "1" ? "0" : "1") + damaged.slice(i + 1);
    return lengthChange < 0 ? damaged.slice(0, lengthChange) : damaged + "1".repeat(lengthChange);
  });
const train = fc.array(
  fc.tuple(fc.oneof(garbage, validFrame.map((bits) => ({ bits })), damagedFrame.map((bits) => ({ bits }))), gap),
  { minLength: 1, maxLength: 4 },
);

describe("Wiegand: garbage pulse trains (fast-check)", () => {
  it("never reports a card that is not a length- and parity-valid run of the pulses sent", async () => {
    const board = await bootInputs();
    const clock = board.device.clock;
    await fc.assert(
      fc.asyncProperty(train, async (parts) => {
        board.evaluate("seen.splice(0, seen.length)");
        const pulses: Pulse[] = [];
        let at = clock.nowMs + 5;
        for (const [part, pause] of parts) {
          if ("bits" in part) {
            for (const bit of part.bits) {
              pulses.push({ line: bit === "1" ? 1 : 0, atMs: at });
              at += 2;
            }
          } else {
            for (const p of part) {
              at += p.gapMs;
              pulses.push({ line: p.line, atMs: at });
            }
          }
          at += pause;
        }
        sendPulses(board, pulses, 0.005);
        board.device.advance(at - clock.nowMs + 100);
        const possible = new Set(runsOf(pulses).map(cardOf).filter((c) => c !== undefined));
        for (const reported of board.seen().filter((s) => s.startsWith("card:"))) {
          expect(possible, `pulses ${JSON.stringify(pulses)}`).to.include(reported);
        }
      }),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20240611) },
    );
  });

  it("reads every clean frame sent between bursts of garbage", async () => {
    const board = await bootInputs();
    const clock = board.device.clock;
    await fc.assert(
      fc.asyncProperty(garbage, validFrame, garbage, async (before, frame, after) => {
        board.evaluate("seen.splice(0, seen.length)");
        const pulses: Pulse[] = [];
        let at = clock.nowMs + 5;
        for (const p of before) pulses.push({ line: p.line, atMs: (at += p.gapMs) });
        at += 30;
        for (const bit of frame) pulses.push({ line: bit === "1" ? 1 : 0, atMs: (at += 2) });
        at += 30;
        for (const p of after) pulses.push({ line: p.line, atMs: (at += p.gapMs) });
        sendPulses(board, pulses, 0.005);
        board.device.advance(at - clock.nowMs + 100);
        expect(board.seen()).to.include(cardOf(frame));
      }),
      { numRuns: 100, seed: Number(process.env.FC_SEED ?? 20240611) },
    );
  });
});
