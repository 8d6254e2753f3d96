import { TOPICS, type LogPosition, type ReportLog } from '@sitrep/contracts';

/**
 * The reports among `lookups` that an earlier attempt did append: each partition is read once,
 * from the lowest position any of them may have landed at, for records whose `ce_id` (the report
 * id) is wanted. A report appended twice already is found at its first position.
 */
export async function findOnLog(log: ReportLog, lookups: Array<{ reportId: string; lookFrom: LogPosition }>): Promise<Map<string, LogPosition>> {
  const found = new Map<string, LogPosition>();
  const byPartition = new Map<number, { from: bigint; wanted: Set<string> }>();
  for (const { reportId, lookFrom } of lookups) {
    const entry = byPartition.get(lookFrom.partition) ?? { from: BigInt(lookFrom.offset), wanted: new Set<string>() };
    entry.wanted.add(reportId);
    if (BigInt(lookFrom.offset) < entry.from) entry.from = BigInt(lookFrom.offset);
    byPartition.set(lookFrom.partition, entry);
  }
  for (const [partition, { from, wanted }] of byPartition) {
    await log.scanPartition(TOPICS.reports, partition, from.toString(), (record) => {
      const id = record.headers.ce_id;
      if (id !== undefined && wanted.has(id) && !found.has(id)) found.set(id, { partition, offset: record.offset });
    });
  }
  return found;
}
