import type { ReportLog } from '@sitrep/contracts';
import { uniqueName } from '../environment';

export interface LogAudit {
  records: number;
  /** `ce_id` (the report id) → how many records carry it. */
  byId: Map<string, number>;
  /** Report ids on the log more than once. */
  duplicates: string[];
}

/**
 * Reads a whole topic from offset 0 to the end offsets it had when called (a throwaway consumer
 * group through the port) and counts the records per `ce_id` header.
 */
export async function auditLog(log: ReportLog, topic: string, timeoutMs = 300_000): Promise<LogAudit> {
  const ends = await log.endOffsets(topic);
  const remaining = new Set([...ends].filter(([, end]) => end !== '0').map(([p]) => p));
  const byId = new Map<string, number>();
  let records = 0;
  let done: () => void = () => undefined;
  const complete = new Promise<void>((resolve) => (done = resolve));
  if (remaining.size === 0) done();
  const subscription = await log.subscribe({
    topic,
    groupId: uniqueName('audit'),
    maxBatchSize: 5_000,
    storedPositions: async (partitions) => new Map(partitions.map((p) => [p, '0'])),
    handleBatch: async (batch) => {
      const end = BigInt(ends.get(batch.partition) ?? '0');
      for (const record of batch.records) {
        if (BigInt(record.offset) >= end) continue;
        records += 1;
        const id = record.headers.ce_id ?? `(no ce_id at ${batch.partition}:${record.offset})`;
        byId.set(id, (byId.get(id) ?? 0) + 1);
        if (BigInt(record.offset) === end - 1n) remaining.delete(batch.partition);
      }
      if (remaining.size === 0) done();
    },
  });
  const timer = setTimeout(done, timeoutMs);
  await complete;
  clearTimeout(timer);
  await subscription.stop();
  if (remaining.size > 0) throw new Error(`the audit of ${topic} did not reach the end of partitions ${[...remaining].join(', ')} within ${timeoutMs} ms`);
  return { records, byId, duplicates: [...byId].filter(([, n]) => n > 1).map(([id]) => id) };
}
