import type { Consumer, Kafka } from 'kafkajs';
import type { LogSubscription, SubscribeOptions } from '@sitrep/contracts';
import { toLogError } from './classify-kafka-error';
import { KafkaBatchProcessor } from './kafka-batch-processor';
import type { ResolvedKafkaConfig } from './kafka-report-log-config';
import { PartitionAssignment } from './partition-assignment';
import { RetryBackoff } from './retry-backoff';
import { withTimeout } from './with-timeout';

/**
 * One kafkajs consumer in the group `options.groupId`, exactly as given (Nest's transport would
 * append `-server`). Offsets are committed only by KafkaBatchProcessor, never on an interval.
 * Up to `partitionsConsumedConcurrently` partitions are handled at once: everything a batch
 * touches here (seek, pause, back-off, commit, floor) is per partition, so they cannot interfere.
 */
export class KafkaSubscription implements LogSubscription {
  private readonly consumer: Consumer;
  private readonly assignment: PartitionAssignment;
  private readonly timers = new Set<NodeJS.Timeout>();
  private abandoned = false;
  private stopping: Promise<void> | null = null;

  constructor(
    kafka: Kafka,
    private readonly options: SubscribeOptions,
    private readonly config: ResolvedKafkaConfig,
    private readonly onEnded: (subscription: KafkaSubscription) => void,
  ) {
    const tuning = config.consumer;
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: tuning.sessionTimeoutMs,
      heartbeatInterval: tuning.heartbeatIntervalMs,
      rebalanceTimeout: tuning.rebalanceTimeoutMs,
      maxWaitTimeInMs: tuning.maxWaitTimeMs,
      maxBytesPerPartition: fetchBytesPerPartition(options.maxBatchSize),
      retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 8 },
    });
    const seek = (partition: number, offset: string) => this.consumer.seek({ topic: options.topic, partition, offset });
    this.assignment = new PartitionAssignment({ ...options, seek });
  }

  /** Resolves once the consumer has joined its group for the first time. */
  async start(): Promise<void> {
    const { topic } = this.options;
    const { GROUP_JOIN, REBALANCING, CRASH, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, (event) => this.assignment.assigned(event.payload.memberAssignment[topic] ?? []));
    this.consumer.on(REBALANCING, () => this.assignment.revoke());
    this.consumer.on(STOP, () => this.assignment.revoke());
    this.consumer.on(CRASH, (event) => {
      this.assignment.revoke();
      const { error, restart } = event.payload;
      this.config.logger(restart ? 'warn' : 'error', `Consumer of ${topic} (group ${this.options.groupId}) crashed${restart ? '; restarting' : ''}`, {
        error: error.message,
      });
    });
    const processor = this.processor();
    try {
      await this.consumer.connect();
      // Where the group has no committed offset, start at the beginning: the log is the truth.
      await this.consumer.subscribe({ topic, fromBeginning: true });
      await this.consumer.run({
        partitionsConsumedConcurrently: Math.max(1, this.config.consumer.partitionsConsumedConcurrently),
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => processor.process(payload),
      });
    } catch (error) {
      await this.consumer.disconnect().catch(() => undefined);
      this.onEnded(this);
      throw toLogError(error, `subscribe to ${topic}`);
    }
  }

  /** kafkajs waits for the batches in flight (each commits as it ends), then leaves the group. */
  stop(): Promise<void> {
    this.stopping ??= this.end();
    return this.stopping;
  }

  /**
   * Closing the log without stop(): whatever is in flight is not committed, as if the process
   * had died; the stored positions make the next owner skip what was applied.
   */
  abandon(): Promise<void> {
    this.abandoned = true;
    const { closeTimeoutMs } = this.config;
    return withTimeout(this.stop(), closeTimeoutMs, () => new Error(`consumer did not stop within ${closeTimeoutMs} ms`)).catch(
      (error: Error) => this.config.logger('warn', `Closing the consumer of ${this.options.topic}: ${error.message}`),
    );
  }

  private async end(): Promise<void> {
    try {
      await this.consumer.disconnect();
    } finally {
      for (const timer of this.timers) clearTimeout(timer);
      this.timers.clear();
      this.assignment.revoke();
      this.onEnded(this);
    }
  }

  private processor(): KafkaBatchProcessor {
    const { retryInitialMs, retryMaxMs, heartbeatIntervalMs, maxProcessingMs } = this.config.consumer;
    return new KafkaBatchProcessor({
      options: this.options,
      assignment: this.assignment,
      backoff: new RetryBackoff(retryInitialMs, retryMaxMs),
      logger: this.config.logger,
      session: { heartbeatIntervalMs, maxProcessingMs },
      seek: (partition, offset) => this.consumer.seek({ topic: this.options.topic, partition, offset }),
      later: (ms, resume) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resume();
        }, ms);
        this.timers.add(timer);
      },
      abandoned: () => this.abandoned,
    });
  }
}

/**
 * kafkajs fetches 1 MiB per partition by default: ~600 of Sitrep's ~1.7 KB records, so a larger
 * batch size would never fill. Fetch room for a whole batch of records up to 2 KiB each.
 */
export function fetchBytesPerPartition(maxBatchSize: number | undefined): number {
  return Math.max(1_048_576, (maxBatchSize ?? 0) * 2_048);
}
