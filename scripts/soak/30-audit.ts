/**
 * The audit log's full sweeps (issue 5): every flash operation cut in three ways, random
 * multi-cut runs with cuts during recovery, 10,000 corrupted images at boot.
 */
import { badTotal, corruptionBadTotal, sweepCorruptImages, sweepMultiCuts, sweepSingleCuts, type SweepCounts } from "../../test/audit/support/sweeps";

export const title = "Audit log fault injection (host log over the NorFlash model, 4 x 1 KB ring)";

function line(name: string, counts: SweepCounts): string {
  return (
    `${name}: ${counts.runs} runs, ${counts.cuts} cuts; committed lost ${counts.committedLost}, corrupt accepted ${counts.corruptAccepted}, ` +
    `chain broken ${counts.chainBroken}, not appendable ${counts.notAppendable}, watermark backwards ${counts.watermarkBackwards}, seq reused ${counts.seqReused}`
  );
}

export function run(): string[] {
  const lines: string[] = [];
  const seed = Number(process.env.SOAK_SEED ?? 20261129);
  const single = sweepSingleCuts(1000, 1);
  lines.push(line("(a) one cut after every program/erase of 1,000 appends (8 rotations) x lost/torn/partial-erase", single));
  const multi = sweepMultiCuts(Number(process.env.SOAK_RUNS ?? 2000), seed);
  lines.push(line(`(b) random multi-cut runs incl. cuts during recovery (fast-check seed ${seed})`, multi));
  const images = sweepCorruptImages(10_000, seed);
  lines.push(
    `(c) corrupted images at boot: ${images.images}; boot failed ${images.bootFailed}, corrupt accepted ${images.corruptAccepted}, ` +
      `wholesale erase ${images.wholesaleErase}, not appendable ${images.notAppendable}, seq reused ${images.seqReused}`,
  );
  const bad = badTotal(single) + badTotal(multi) + corruptionBadTotal(images);
  lines.push(bad === 0 ? "all sweeps clean" : `FAILED: ${bad} bad outcomes`);
  if (bad !== 0) process.exitCode = 1;
  return lines;
}
