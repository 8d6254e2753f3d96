import type { PartitionOwner } from '@sitrep/db';

/** One partition of the log of record as an operator sees it. */
export interface PartitionRow {
  partition: number;
  /** The instance that reported owning it last; null while it is between owners or never owned. */
  owner: string | null;
  ownerSince: string | null;
  /** Next offset the live read model will apply (everything below it is applied): the truth. */
  storedPosition: string;
  /** The consumer group's committed offset (informational: the stored position decides where to resume). */
  committedOffset: string | null;
  /** Next offset to be written to the log (the high watermark). */
  endOffset: string;
  /** Records on the log not yet in the live read model. */
  lag: number;
}

export interface PartitionsSummary {
  partitions: PartitionRow[];
  totalLag: number;
  /** Partitions no instance reports owning right now (a rebalance in progress, or no processor). */
  unowned: number[];
  /** Instance → how many partitions it owns. */
  owners: Record<string, number>;
}

/** Joins the log's end offsets, the stored positions, the group's commits and the reported owners, per partition. */
export function partitionRows(ends: Map<number, string>, stored: Map<number, string>, committed: Map<number, string>, owners: PartitionOwner[]): PartitionsSummary {
  const byPartition = new Map(owners.map((o) => [o.partition, o]));
  const partitions = [...ends.keys()].sort((a, b) => a - b).map((partition): PartitionRow => {
    const end = BigInt(ends.get(partition) ?? '0');
    const position = BigInt(stored.get(partition) ?? '0');
    const owner = byPartition.get(partition);
    return {
      partition,
      owner: owner?.instanceId ?? null,
      ownerSince: owner?.since ?? null,
      storedPosition: position.toString(),
      committedOffset: committed.get(partition) ?? null,
      endOffset: end.toString(),
      lag: Number(end > position ? end - position : 0n),
    };
  });
  const counts: Record<string, number> = {};
  for (const row of partitions) if (row.owner !== null) counts[row.owner] = (counts[row.owner] ?? 0) + 1;
  return {
    partitions,
    totalLag: partitions.reduce((sum, row) => sum + row.lag, 0),
    unowned: partitions.filter((row) => row.owner === null).map((row) => row.partition),
    owners: counts,
  };
}
