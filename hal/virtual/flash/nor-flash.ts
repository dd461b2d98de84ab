/**
 * A NOR flash chip as firmware sees it: erased bytes read 0xFF, programming can only clear bits,
 * and only a whole erase unit (page / sector) can set them again. Regions may differ in erase
 * unit (STM32F4: 16, 64 and 128 KB sectors), which is what makes a log ring on a Pico awkward.
 *
 * Power cuts: a test arms a cut, the chosen program/erase is interrupted (its effect depends on
 * the mode) and throws PowerCutError; afterwards every operation throws until restorePower(),
 * like a CPU that is no longer running. The image itself survives, as flash does.
 */
import { SeededRandom } from "./seeded-random";

export interface FlashRegion {
  /** Absolute address of the region's first byte (same address space as `base`). */
  start: number;
  size: number;
  /** Bytes erased together by one erase; `size` must be a multiple of it. */
  eraseUnit: number;
}

export interface NorFlashOptions {
  /** Absolute address of the first byte of the chip; every region lies at or above it. */
  base: number;
  regions: FlashRegion[];
  /**
   * Program granularity: program() needs an (absolute) address and a length that are multiples of it.
   * Default 4 (STM32 programs 32-bit words, ESP32 SPI flash writes are done in words too).
   */
  programAlignment?: number;
  /**
   * Refuse (throw) programming a byte that is not erased, instead of ANDing bits in. Models
   * flashes with ECC and catches code that must only program erased bytes. A data byte of 0xFF
   * clears no bit, so it is accepted over anything.
   */
  strict?: boolean;
}

export type PowerCutMode = "lost" | "torn" | "partial-erase";
export type FlashOpKind = "program" | "erase";

export interface PowerCutPlan {
  /**
   * How many counted operations complete normally before the cut: 0 cuts the very next one,
   * 2 lets two complete and cuts the third. Reads are never counted.
   */
  afterOps: number;
  /**
   * Effect on the operation that is cut:
   * - "lost": it never reaches the flash (nothing changes, it is not counted);
   * - "torn": interrupted half way. A program lands a seeded prefix, then a word with only
   *   some of its 0 bits cleared, then nothing; an erase leaves a partly erased unit (as below);
   * - "partial-erase": the erase leaves its unit partly erased: each byte is 0xFF, unchanged,
   *   or has seeded random bits set. A program cut in this mode is torn.
   */
  mode: PowerCutMode;
  /** Seed for the torn/partial patterns (default 1). Same seed, same image. */
  seed?: number;
  /**
   * Which operations `afterOps` counts. Default: "program" for "torn", "erase" for
   * "partial-erase", "any" for "lost". Give "any" to sweep a cut over every operation.
   */
  on?: FlashOpKind | "any";
}

export interface FlashCounters {
  reads: number;
  bytesRead: number;
  programs: number;
  bytesProgrammed: number;
  erases: number;
}

export interface EraseUnitWear {
  start: number;
  size: number;
  erases: number;
}

export class PowerCutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PowerCutError";
  }
}

interface ArmedCut {
  remaining: number;
  mode: PowerCutMode;
  on: FlashOpKind | "any";
  random: SeededRandom;
}

const ERASED = 0xff;

function hex(value: number): string {
  return "0x" + value.toString(16).padStart(8, "0");
}

function emptyCounters(): FlashCounters {
  return { reads: 0, bytesRead: 0, programs: 0, bytesProgrammed: 0, erases: 0 };
}

export class NorFlash {
  readonly base: number;
  /** One past the last byte of the highest region. */
  readonly end: number;
  readonly regions: readonly FlashRegion[];
  readonly programAlignment: number;
  strict: boolean;

  private readonly image: Uint8Array;
  private readonly unitErases = new Map<number, number>();
  private mutableCounters: FlashCounters = emptyCounters();
  private armedCut: ArmedCut | null = null;
  private failed = false;

  constructor(opts: NorFlashOptions) {
    if (!Number.isInteger(opts.base) || opts.base < 0) throw new Error(`NorFlash: base ${opts.base} is not a non-negative integer`);
    if (opts.regions.length === 0) throw new Error("NorFlash: at least one region is needed");
    const regions = opts.regions.map((r) => ({ start: r.start, size: r.size, eraseUnit: r.eraseUnit })).sort((a, b) => a.start - b.start);
    let previousEnd = opts.base;
    for (const r of regions) {
      const label = `region ${hex(r.start)} (+${r.size}, erase unit ${r.eraseUnit})`;
      if (![r.start, r.size, r.eraseUnit].every((n) => Number.isInteger(n) && n >= 0) || r.size === 0 || r.eraseUnit === 0) {
        throw new Error(`NorFlash: ${label} needs positive integer size and erase unit`);
      }
      if (r.size % r.eraseUnit !== 0) throw new Error(`NorFlash: ${label}: size is not a multiple of the erase unit`);
      if (r.start < previousEnd) {
        throw new Error(`NorFlash: ${label} starts below ${hex(previousEnd)} (below base, or overlapping the previous region)`);
      }
      previousEnd = r.start + r.size;
    }
    this.programAlignment = opts.programAlignment ?? 4;
    if (!Number.isInteger(this.programAlignment) || this.programAlignment < 1) {
      throw new Error(`NorFlash: programAlignment ${opts.programAlignment} is not a positive integer`);
    }
    this.base = opts.base;
    this.end = previousEnd;
    this.regions = regions;
    this.strict = opts.strict ?? false;
    this.image = new Uint8Array(this.end - this.base).fill(ERASED);
  }

  /** Operations and bytes since construction or resetCounters(); an op cut in "lost" mode is not counted. */
  get counters(): Readonly<FlashCounters> {
    return this.mutableCounters;
  }

  /** Clears the operation counters and the per-unit erase counts. */
  resetCounters(): void {
    this.mutableCounters = emptyCounters();
    this.unitErases.clear();
  }

  get powerFailed(): boolean {
    return this.failed;
  }

  /** True while an armed cut has not happened yet (a sweep uses it to know it ran past the last op). */
  get powerCutArmed(): boolean {
    return this.armedCut !== null;
  }

  read(addr: number, length: number): Uint8Array {
    this.ensurePowered("read");
    this.assertRange("read", addr, length);
    this.mutableCounters.reads++;
    this.mutableCounters.bytesRead += length;
    return this.image.slice(addr - this.base, addr - this.base + length);
  }

  /** Host-side inspection: no counting, no power needed. */
  peek(addr: number, length: number): Uint8Array {
    this.assertRange("peek", addr, length);
    return this.image.slice(addr - this.base, addr - this.base + length);
  }

  program(addr: number, data: Uint8Array): void {
    this.ensurePowered("program");
    this.assertRange("program", addr, data.length);
    if (addr % this.programAlignment !== 0 || data.length % this.programAlignment !== 0) {
      throw new Error(
        `NorFlash.program: ${data.length} bytes at ${hex(addr)} is not aligned to the ${this.programAlignment}-byte program unit`,
      );
    }
    const offset = addr - this.base;
    if (this.strict) this.assertErasedFor(addr, data);
    const cut = this.takeCut("program");
    if (cut && cut.mode === "lost") this.failPower(`program of ${data.length} bytes at ${hex(addr)} lost`);
    this.mutableCounters.programs++;
    this.mutableCounters.bytesProgrammed += data.length;
    if (cut) {
      this.tearProgram(offset, data, cut.random);
      this.failPower(`program of ${data.length} bytes at ${hex(addr)} torn`);
    }
    for (let i = 0; i < data.length; i++) this.image[offset + i] &= data[i];
  }

  erase(addr: number): void {
    this.ensurePowered("erase");
    const unit = this.eraseUnitAt(addr);
    const cut = this.takeCut("erase");
    if (cut && cut.mode === "lost") this.failPower(`erase of unit ${hex(unit.start)} lost`);
    this.mutableCounters.erases++;
    this.unitErases.set(unit.start, (this.unitErases.get(unit.start) ?? 0) + 1);
    const offset = unit.start - this.base;
    if (cut) {
      this.scrambleErase(offset, unit.size, cut.random);
      this.failPower(`erase of unit ${hex(unit.start)} interrupted`);
    }
    this.image.fill(ERASED, offset, offset + unit.size);
  }

  eraseUnitAt(addr: number): { start: number; size: number } {
    const region = this.regionAt(addr);
    if (!region) throw new Error(`NorFlash: address ${hex(addr)} is outside every flash region (${this.describeRegions()})`);
    const start = region.start + Math.floor((addr - region.start) / region.eraseUnit) * region.eraseUnit;
    return { start, size: region.eraseUnit };
  }

  /** Erase cycles of one unit since resetCounters(). */
  eraseCountAt(addr: number): number {
    return this.unitErases.get(this.eraseUnitAt(addr).start) ?? 0;
  }

  /** Every unit erased at least once since resetCounters(), lowest address first. */
  eraseCounts(): EraseUnitWear[] {
    return [...this.unitErases.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([start, erases]) => ({ start, size: this.eraseUnitAt(start).size, erases }));
  }

  armPowerCut(opts: PowerCutPlan): void {
    if (!Number.isInteger(opts.afterOps) || opts.afterOps < 0) {
      throw new Error(`NorFlash.armPowerCut: afterOps ${opts.afterOps} is not a non-negative integer`);
    }
    const defaultOn: FlashOpKind | "any" = opts.mode === "torn" ? "program" : opts.mode === "partial-erase" ? "erase" : "any";
    this.armedCut = { remaining: opts.afterOps, mode: opts.mode, on: opts.on ?? defaultOn, random: new SeededRandom(opts.seed ?? 1) };
  }

  disarmPowerCut(): void {
    this.armedCut = null;
  }

  /** Power comes back: operations work again; any cut still armed is dropped. */
  restorePower(): void {
    this.failed = false;
    this.armedCut = null;
  }

  snapshot(): Uint8Array {
    return this.image.slice();
  }

  restore(image: Uint8Array): void {
    if (image.length !== this.image.length) {
      throw new Error(`NorFlash.restore: image has ${image.length} bytes, this flash has ${this.image.length}`);
    }
    this.image.set(image);
  }

  private regionAt(addr: number): FlashRegion | undefined {
    return this.regions.find((r) => addr >= r.start && addr < r.start + r.size);
  }

  private describeRegions(): string {
    return this.regions.map((r) => `${hex(r.start)}-${hex(r.start + r.size)}`).join(", ");
  }

  private assertRange(op: string, addr: number, length: number): void {
    if (!Number.isInteger(addr) || !Number.isInteger(length) || length < 0) {
      throw new Error(`NorFlash.${op}: address ${addr} / length ${length} must be integers, length >= 0`);
    }
    let cursor = addr;
    const end = addr + length;
    do {
      const region = this.regionAt(cursor);
      if (!region) {
        if (length === 0 && cursor === addr && this.regions.some((r) => addr === r.start + r.size)) return;
        throw new Error(
          `NorFlash.${op}: ${length} bytes at ${hex(addr)} reach ${hex(cursor)}, outside every flash region (${this.describeRegions()})`,
        );
      }
      cursor = region.start + region.size;
    } while (cursor < end);
  }

  private assertErasedFor(addr: number, data: Uint8Array): void {
    for (let i = 0; i < data.length; i++) {
      const old = this.image[addr - this.base + i];
      if (old !== ERASED && data[i] !== ERASED) {
        throw new Error(
          `NorFlash.program (strict): byte at ${hex(addr + i)} is 0x${old.toString(16)}, not erased; erase its unit before programming it`,
        );
      }
    }
  }

  private ensurePowered(op: string): void {
    if (this.failed) throw new PowerCutError(`NorFlash.${op}: no power (cut earlier); call restorePower()`);
  }

  private takeCut(kind: FlashOpKind): ArmedCut | null {
    const cut = this.armedCut;
    if (!cut || (cut.on !== "any" && cut.on !== kind)) return null;
    if (cut.remaining > 0) {
      cut.remaining--;
      return null;
    }
    this.armedCut = null;
    return cut;
  }

  private failPower(what: string): never {
    this.failed = true;
    throw new PowerCutError(`NorFlash: power cut: ${what}`);
  }

  private tearProgram(offset: number, data: Uint8Array, random: SeededRandom): void {
    if (data.length === 0) return;
    const landed = random.below(data.length);
    for (let i = 0; i < landed; i++) this.image[offset + i] &= data[i];
    const partialEnd = Math.min(data.length, landed + this.programAlignment);
    // Only some of the bits meant to become 0 did: OR-ing random 1s into the data keeps them at their old value.
    for (let i = landed; i < partialEnd; i++) this.image[offset + i] &= data[i] | random.byte();
  }

  private scrambleErase(offset: number, size: number, random: SeededRandom): void {
    const erasedShare = 0.25 + random.next() * 0.5;
    const unchangedShare = (1 - erasedShare) / 2;
    for (let i = offset; i < offset + size; i++) {
      const roll = random.next();
      if (roll < erasedShare) this.image[i] = ERASED;
      else if (roll >= erasedShare + unchangedShare) this.image[i] |= random.byte();
    }
  }
}
