import type { EachBatchPayload } from 'kafkajs';
import type { LogRecord, SubscribeOptions } from '@sitrep/contracts';
import { keepSessionAlive } from './keep-session-alive';
import type { KafkaLogger } from './kafka-report-log-config';
import type { PartitionAssignment } from './partition-assignment';
import type { RetryBackoff } from './retry-backoff';
import { toLogRecord } from './to-log-record';

export const DEFAULT_MAX_BATCH_SIZE = 500;

export interface KafkaBatchProcessorDeps {
  options: SubscribeOptions;
  assignment: PartitionAssignment;
  backoff: RetryBackoff;
  logger: KafkaLogger;
  /** Heartbeat cadence while a handler runs, and how long it may run before it counts as stuck. */
  session: { heartbeatIntervalMs: number; maxProcessingMs: number };
  seek: (partition: number, offset: string) => void;
  /** Schedules `resume` after `ms`; the subscription cancels pending ones when it stops. */
  later: (ms: number, resume: () => void) => void;
  /** True once the log was closed without stop(): nothing more is handled or committed. */
  abandoned: () => boolean;
}

/**
 * kafkajs `eachBatch` for one subscription: hands records on in chunks and commits `last + 1`
 * after each chunk's handler resolved. A failing chunk is not committed: the partition seeks back
 * to the chunk's first offset and pauses for a back-off, so exactly that chunk comes again while
 * the other partitions keep flowing.
 */
export class KafkaBatchProcessor {
  private readonly maxBatchSize: number;

  constructor(private readonly deps: KafkaBatchProcessorDeps) {
    this.maxBatchSize = Math.max(1, deps.options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE);
  }

  async process(payload: EachBatchPayload): Promise<void> {
    const { topic, partition } = payload.batch;
    if (this.deps.abandoned() || payload.batch.messages.length === 0) return;
    let floor: bigint | undefined;
    try {
      floor = await this.deps.assignment.floor(partition);
    } catch (error) {
      return this.retryLater(payload, payload.batch.firstOffset() ?? '0', error);
    }
    // A seek is pending: this batch was fetched from the position before it. Drop it whole;
    // the next fetch starts where the seek says.
    if (payload.isStale()) return;
    const records = payload.batch.messages
      .filter((message) => floor === undefined || BigInt(message.offset) >= floor)
      .map((message) => toLogRecord(topic, partition, message));
    if (records.length === 0 && floor !== undefined) return this.deps.seek(partition, floor.toString());
    for (let start = 0; start < records.length; start += this.maxBatchSize) {
      if (!payload.isRunning() || payload.isStale() || this.deps.abandoned()) return;
      const chunk = records.slice(start, start + this.maxBatchSize);
      try {
        await this.handle(payload, chunk);
      } catch (error) {
        return this.retryLater(payload, chunk[0].offset, error);
      }
      if (this.deps.abandoned()) return;
      await this.commit(payload, chunk[chunk.length - 1]);
    }
  }

  private handle(payload: EachBatchPayload, records: LogRecord[]): Promise<void> {
    const { topic, partition } = payload.batch;
    const { heartbeatIntervalMs, maxProcessingMs } = this.deps.session;
    const onStuck = (elapsedMs: number) =>
      this.deps.logger('warn', `Handling ${topic}[${partition}] from offset ${records[0].offset} still runs after ${elapsedMs} ms; no more heartbeats, so the group moves the partition`, {
        topic,
        partition,
        offset: records[0].offset,
      });
    const work = () => this.deps.options.handleBatch({ topic, partition, records });
    return keepSessionAlive(work, () => payload.heartbeat(), { intervalMs: heartbeatIntervalMs, limitMs: maxProcessingMs, onStuck });
  }

  private async commit(payload: EachBatchPayload, last: LogRecord): Promise<void> {
    const { topic, partition } = last;
    const next = (BigInt(last.offset) + 1n).toString();
    // A failed commit (rebalance, coordinator moved) propagates to kafkajs, which rejoins; the
    // chunk is then delivered again from the committed offset, and stored positions skip it.
    await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
    payload.resolveOffset(last.offset);
    this.deps.backoff.succeeded(partition);
    await payload.heartbeat();
  }

  private retryLater(payload: EachBatchPayload, fromOffset: string, error: unknown): void {
    const { topic, partition } = payload.batch;
    const delayMs = this.deps.backoff.failed(partition);
    this.deps.logger('warn', `Handling ${topic}[${partition}] from offset ${fromOffset} failed; delivering it again in ${delayMs} ms`, {
      topic,
      partition,
      offset: fromOffset,
      error: error instanceof Error ? error.message : String(error),
    });
    this.deps.seek(partition, fromOffset);
    this.deps.later(delayMs, payload.pause());
  }
}
