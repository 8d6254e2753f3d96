import { partitionForKey, type LogPosition } from '@sitrep/contracts';

/** How stale the end offsets may be: an older read is still a valid lower bound, it only widens a later search. */
const REFRESH_MS = 2_000;

/**
 * Where appends of given keys will land: the partition of each key (murmur2, as Kafka's default
 * partitioner and the embedded log place it) and a lower bound of the offset (the partition's end
 * offset as last read). Offsets only grow, so a bound read a moment ago stays a bound; the log is
 * asked again at most every two seconds, and a failed read keeps the last one.
 */
export class AppendBounds {
  private ends?: Map<number, string>;
  private readAt = 0;
  private reading?: Promise<Map<number, string>>;

  constructor(private readonly readEnds: () => Promise<Map<number, string>>) {}

  async of(keys: string[]): Promise<LogPosition[]> {
    const ends = await this.current();
    return keys.map((key) => {
      const partition = partitionForKey(key, ends.size);
      return { partition, offset: ends.get(partition) ?? '0' };
    });
  }

  private async current(): Promise<Map<number, string>> {
    if (this.ends && Date.now() - this.readAt < REFRESH_MS) return this.ends;
    this.reading ??= this.readEnds().finally(() => (this.reading = undefined));
    try {
      this.ends = await this.reading;
      this.readAt = Date.now();
    } catch (error) {
      if (!this.ends) throw error;
    }
    return this.ends;
  }
}
