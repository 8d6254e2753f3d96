import type { LogRecord, ReportLog } from '@sitrep/contracts';
import { randomUUID } from 'node:crypto';

/**
 * Every record of `topic` from the offsets in `from` up to (not including) those in `to`, read
 * through the port with a throwaway consumer group. Partitions missing from `from` start at 0.
 */
export async function readRange(log: ReportLog, topic: string, from: Map<number, string>, to: Map<number, string>, timeoutMs = 30_000): Promise<LogRecord[]> {
  const remaining = new Map([...to].filter(([p, end]) => BigInt(end) > BigInt(from.get(p) ?? '0')));
  const records: LogRecord[] = [];
  let done: () => void = () => undefined;
  const complete = new Promise<void>((resolve) => (done = resolve));
  if (remaining.size === 0) done();
  const subscription = await log.subscribe({
    topic,
    groupId: `read-range-${randomUUID()}`,
    storedPositions: async (partitions) => new Map(partitions.map((p) => [p, from.get(p) ?? '0'])),
    handleBatch: async (batch) => {
      const end = BigInt(to.get(batch.partition) ?? '0');
      records.push(...batch.records.filter((r) => BigInt(r.offset) < end));
      if (batch.records.some((r) => BigInt(r.offset) >= end - 1n)) remaining.delete(batch.partition);
      if (remaining.size === 0) done();
    },
  });
  const timer = setTimeout(done, timeoutMs);
  await complete;
  clearTimeout(timer);
  await subscription.stop();
  if (remaining.size > 0) throw new Error(`read ${records.length} records of ${topic}; partitions ${[...remaining.keys()].join(', ')} did not reach their end within ${timeoutMs} ms`);
  return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}
