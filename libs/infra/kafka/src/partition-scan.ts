import { LogUnavailableError, type LogRecord, type ReportLog } from '@sitrep/contracts';
import { randomUUID } from 'node:crypto';
import { withTimeout } from './with-timeout';

export interface PartitionScanDeps {
  subscribe: ReportLog['subscribe'];
  endOffsets: ReportLog['endOffsets'];
  /** Removes the throwaway group afterwards, so scans leave nothing behind in the cluster. */
  deleteGroup: (groupId: string) => Promise<void>;
  timeoutMs: number;
}

/**
 * kafkajs has no manual assignment, so one partition is read through a consumer group of its own:
 * the wanted partition seeks to `fromOffset`, every other to its end, and the scan ends at the end
 * offset read first. Each offset is visited once, even if a batch were handed over again.
 */
export async function scanPartition(deps: PartitionScanDeps, topic: string, partition: number, fromOffset: string, visit: (record: LogRecord) => void): Promise<void> {
  const ends = await deps.endOffsets(topic);
  const end = BigInt(ends.get(partition) ?? '0');
  let next = BigInt(fromOffset);
  if (next >= end) return;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const groupId = `sitrep-scan-${randomUUID()}`;
  const subscription = await deps.subscribe({
    topic,
    groupId,
    maxBatchSize: 5_000,
    storedPositions: async (partitions) => new Map(partitions.map((p) => [p, p === partition ? fromOffset : (ends.get(p) ?? '0')])),
    handleBatch: async (batch) => {
      if (batch.partition !== partition) return;
      for (const record of batch.records) {
        const offset = BigInt(record.offset);
        if (offset < next || offset >= end) continue;
        visit(record);
        next = offset + 1n;
      }
      if (next >= end) finish();
    },
  });
  try {
    await withTimeout(finished, deps.timeoutMs, () => new LogUnavailableError(`reading ${topic}[${partition}] from ${fromOffset} to ${end} took over ${deps.timeoutMs} ms`));
  } finally {
    await subscription.stop();
    await deps.deleteGroup(groupId).catch(() => undefined);
  }
}
