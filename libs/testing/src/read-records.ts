import type { LogPosition, LogRecord, ReportLog } from '@sitrep/contracts';
import { uniqueName } from './environment';

/**
 * Reads the records at exactly these positions through the port itself (a throwaway consumer
 * group seeks each partition to the lowest wanted offset; other partitions start at their end).
 */
export async function readRecordsAt(log: ReportLog, topic: string, positions: LogPosition[], timeoutMs = 30_000): Promise<LogRecord[]> {
  const wanted = new Map(positions.map((p) => [`${p.partition}:${p.offset}`, p]));
  const ends = await log.endOffsets(topic);
  const found = new Map<string, LogRecord>();
  let done: () => void = () => undefined;
  const complete = new Promise<void>((resolve) => (done = resolve));
  const subscription = await log.subscribe({
    topic,
    groupId: uniqueName('read-at'),
    storedPositions: async (partitions) =>
      new Map(partitions.map((p) => [p, lowestOffset(positions, p) ?? ends.get(p) ?? '0'])),
    handleBatch: async (batch) => {
      for (const record of batch.records) {
        const key = `${record.partition}:${record.offset}`;
        if (wanted.has(key)) found.set(key, record);
      }
      if (found.size === wanted.size) done();
    },
  });
  const timer = setTimeout(done, timeoutMs);
  await complete;
  clearTimeout(timer);
  await subscription.stop();
  if (found.size !== wanted.size) throw new Error(`found ${found.size} of ${wanted.size} records within ${timeoutMs} ms`);
  return positions.map((p) => found.get(`${p.partition}:${p.offset}`) as LogRecord);
}

function lowestOffset(positions: LogPosition[], partition: number): string | undefined {
  const offsets = positions.filter((p) => p.partition === partition).map((p) => BigInt(p.offset));
  if (offsets.length === 0) return undefined;
  return offsets.reduce((a, b) => (a < b ? a : b)).toString();
}
