import type { LogPosition } from '@sitrep/contracts';

/**
 * True when `record` is at or before `stored` on the same partition: the record was already
 * applied (batches commit atomically), so applying it again must change nothing. Positions of
 * different partitions are not comparable and never count as stale.
 */
export function isAtOrBefore(record: LogPosition, stored: LogPosition): boolean {
  return record.partition === stored.partition && BigInt(record.offset) <= BigInt(stored.offset);
}
