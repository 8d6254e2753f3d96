import type { SubscribeOptions } from '@sitrep/contracts';

export interface PartitionAssignmentDeps {
  storedPositions?: SubscribeOptions['storedPositions'];
  onAssigned?: SubscribeOptions['onAssigned'];
  onRevoked?: SubscribeOptions['onRevoked'];
  /** Moves the partition's next fetch to `offset` (consumer.seek). */
  seek: (partition: number, offset: string) => void;
}

/**
 * The partitions this consumer owns in the current group generation, and where each must resume.
 *
 * kafkajs does not await GROUP_JOIN listeners, so fetching starts while the consumer's stored
 * positions are still being read. `assigned()` therefore runs synchronously inside the event and
 * leaves a promise (`floor`) that every batch awaits before it is handled: by then the seeks are
 * set, and records below the stored position are never handed on.
 */
export class PartitionAssignment {
  private partitions: number[] = [];
  private generation = 0;
  private floors: Promise<Map<number, bigint>> = Promise.resolve(new Map());

  constructor(private readonly deps: PartitionAssignmentDeps) {}

  assigned(partitions: number[]): void {
    this.revoke();
    this.partitions = [...partitions].sort((a, b) => a - b);
    this.generation += 1;
    this.deps.onAssigned?.(this.partitions);
    this.floors = this.load(this.partitions, this.generation);
    // Awaited by batches; a failure here is reported through them, not as an unhandled rejection.
    this.floors.catch(() => undefined);
  }

  /** Lost the partitions: rebalance started, consumer crashed or stopped. Idempotent. */
  revoke(): void {
    if (this.partitions.length === 0) return;
    const revoked = this.partitions;
    this.partitions = [];
    this.deps.onRevoked?.(revoked);
  }

  /**
   * The stored next offset of `partition` (records below it were applied already), or undefined
   * when the consumer keeps none. Rejects when they could not be read; the next call reads again.
   */
  async floor(partition: number): Promise<bigint | undefined> {
    const floors = this.floors;
    try {
      return (await floors).get(partition);
    } catch (error) {
      if (this.floors === floors) this.floors = this.load(this.partitions, this.generation);
      this.floors.catch(() => undefined);
      throw error;
    }
  }

  private async load(partitions: number[], generation: number): Promise<Map<number, bigint>> {
    const floors = new Map<number, bigint>();
    if (!this.deps.storedPositions || partitions.length === 0) return floors;
    const stored = await this.deps.storedPositions(partitions);
    // A newer generation reads its own positions; seeking with these could rewind it.
    if (generation !== this.generation) return floors;
    for (const partition of partitions) {
      const next = stored.get(partition);
      if (next === undefined) continue;
      this.deps.seek(partition, next);
      floors.set(partition, BigInt(next));
    }
    return floors;
  }
}
