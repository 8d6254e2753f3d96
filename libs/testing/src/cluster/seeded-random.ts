/**
 * A small seeded PRNG (mulberry32): a fault schedule or a report feed printed with its seed can be
 * replayed exactly. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A seed from SITREP_SEED when given (to replay a run), else a fresh one. */
  static fromEnv(env: Record<string, string | undefined> = process.env): SeededRandom {
    const given = Number(env.SITREP_SEED);
    return new SeededRandom(Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}
