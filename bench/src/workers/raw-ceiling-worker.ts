// eslint-disable-next-line no-restricted-imports -- raw ceiling: a plain kafkajs consumer is the yardstick the projection is compared with, nothing else in bench/ imports kafkajs
import { Kafka, logLevel } from 'kafkajs';

export interface RawCeilingJob {
  brokers: string;
  topic: string;
  /** Stop once this many records were read. */
  expected: number;
  groupId: string;
  timeoutSeconds: number;
}

export interface RawCeilingOutcome {
  records: number;
  bytes: number;
  /** From the first batch received to the last record read. */
  seconds: number;
  recordsPerSecond: number;
  /** From connect() to the last record, including the group join. */
  wallSeconds: number;
}

/**
 * The raw ceiling: a plain kafkajs consumer group, eachBatch, manual commits, that reads and
 * discards the same topic the projector reads. What Sitrep's processor could at most do with
 * kafkajs on this machine.
 */
export async function runRawCeiling(job: RawCeilingJob): Promise<RawCeilingOutcome> {
  const kafka = new Kafka({ clientId: 'sitrep-bench-raw-ceiling', brokers: job.brokers.split(','), logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId: job.groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
  const t0 = performance.now();
  let first: number | undefined;
  let last = 0;
  let records = 0;
  let bytes = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  await consumer.connect();
  await consumer.subscribe({ topic: job.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }) => {
      first ??= performance.now();
      for (const message of batch.messages) {
        bytes += message.value?.length ?? 0;
        records++;
      }
      const lastOffset = batch.lastOffset();
      // Commits the way Sitrep's adapter does (explicit offset after the batch), then discards it.
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: (BigInt(lastOffset) + 1n).toString() }] }] });
      resolveOffset(lastOffset);
      await heartbeat();
      last = performance.now();
      if (records >= job.expected) finish();
    },
  });
  const timer = setTimeout(finish, job.timeoutSeconds * 1000);
  await done;
  clearTimeout(timer);
  await consumer.disconnect();
  if (records < job.expected) throw new Error(`raw ceiling read ${records} of ${job.expected} records within ${job.timeoutSeconds} s`);
  const seconds = (last - (first ?? last)) / 1000;
  return { records, bytes, seconds, recordsPerSecond: records / seconds, wallSeconds: (last - t0) / 1000 };
}
