import type { LogPosition } from '@sitrep/contracts';

export interface PartitionBaseOffset {
  partition: number;
  baseOffset?: string;
}

/**
 * A produce request writes the records of one partition as one batch, in input order, starting
 * at the batch's base offset. So record i gets `baseOffset + (its rank among the records that
 * went to the same partition)`.
 */
export function recordPositions(partitionPerRecord: readonly number[], written: readonly PartitionBaseOffset[]): LogPosition[] {
  const base = new Map(written.map((w) => [w.partition, w.baseOffset]));
  const rank = new Map<number, bigint>();
  return partitionPerRecord.map((partition) => {
    const baseOffset = base.get(partition);
    if (baseOffset === undefined) {
      throw new Error(`The broker acknowledged no base offset for partition ${partition}`);
    }
    const index = rank.get(partition) ?? 0n;
    rank.set(partition, index + 1n);
    return { partition, offset: (BigInt(baseOffset) + index).toString() };
  });
}
