import type { ReportLog } from '@sitrep/contracts';

export interface CopyLogOptions {
  from: string;
  to: string;
  /** Partitions of the new topic (created if missing; an existing one is left as it is). */
  partitions: number;
  /** Keep copying what arrives until stopped, instead of stopping once caught up. */
  follow: boolean;
  say: (message: string) => void;
  /** How often progress is measured (and, without follow, whether it caught up). */
  checkEveryMs?: number;
}

export interface CopyLogResult {
  copied: number;
  /** Offsets of the source the copy reached, per partition. */
  reached: Map<number, string>;
}

/**
 * Copies a topic of the log into a new version with another partition count: every record with
 * its key, bytes and headers, each source partition in order, so every key keeps its order (a key
 * lives in one source partition and lands in one target partition). Resumable: it consumes as the
 * group `sitrep-copy-<from>-to-<to>` and commits after each appended batch; a crash between the two
 * appends that batch again, which the stream processor skips by report id. The log is the truth:
 * nothing is transformed.
 */
export async function copyLog(log: ReportLog, options: CopyLogOptions, stopped: Promise<void>): Promise<CopyLogResult> {
  const groupId = `sitrep-copy-${options.from}-to-${options.to}`;
  await log.ensureTopics([{ name: options.to, partitions: options.partitions, retentionMs: -1 }]);
  let copied = 0;
  const subscription = await log.subscribe({
    topic: options.from,
    groupId,
    maxBatchSize: 1_000,
    handleBatch: async (batch) => {
      await log.append(options.to, batch.records.map((r) => ({ key: r.key, value: r.value, headers: r.headers })));
      copied += batch.records.length;
    },
  });
  let reached = new Map<number, string>();
  try {
    for (let done = false; !done; ) {
      const outcome = await Promise.race([stopped.then(() => 'stopped' as const), new Promise((resolve) => setTimeout(resolve, options.checkEveryMs ?? 1_000))]);
      const [ends, committed] = await Promise.all([log.endOffsets(options.from), log.committedOffsets(options.from, groupId)]);
      reached = committed;
      const behind = [...ends].reduce((n, [p, end]) => n + Number(BigInt(end) - BigInt(committed.get(p) ?? '0')), 0);
      options.say(`copied ${copied} records this run; ${behind} behind ${options.from}'s end`);
      done = outcome === 'stopped' || (!options.follow && behind === 0);
    }
  } finally {
    await subscription.stop();
  }
  return { copied, reached };
}
