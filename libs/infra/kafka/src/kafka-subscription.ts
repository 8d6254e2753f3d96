import type { Consumer, ConsumerRunConfig, Kafka } from 'kafkajs';
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
  /** Restarts after crashes kafkajs gives up on: 1 s, doubling, at most 30 s apart. */
  private readonly restarts = new RetryBackoff(1_000, 30_000);
  private runConfig?: ConsumerRunConfig;
  /** Why the consumer is down and waiting for Sitrep to start it again (readiness reports it). */
  private crash?: string;
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

  /**
   * Connects and runs the consumer. kafkajs restarts it after crashes it deems retriable; after any
   * other (e.g. "Failed to find group coordinator" while a loaded broker fences itself or creates
   * __consumer_offsets) it leaves it stopped for good, which would leave this process serving
   * HTTP with no partitions. Those crashes are restarted here, with back-off, until stop().
   */
  async start(): Promise<void> {
    const { topic } = this.options;
    const { GROUP_JOIN, REBALANCING, CRASH, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, (event) => {
      this.crash = undefined;
      this.restarts.succeeded(WHOLE_CONSUMER);
      this.assignment.assigned(event.payload.memberAssignment[topic] ?? []);
    });
    this.consumer.on(REBALANCING, () => this.assignment.revoke());
    this.consumer.on(STOP, () => this.assignment.revoke());
    this.consumer.on(CRASH, (event) => this.crashed(event.payload.error, event.payload.restart));
    const processor = this.processor();
    this.runConfig = {
      partitionsConsumedConcurrently: Math.max(1, this.config.consumer.partitionsConsumedConcurrently),
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => processor.process(payload),
    };
    try {
      await this.consumer.connect();
      // Where the group has no committed offset, start at the beginning: the log is the truth.
      await this.consumer.subscribe({ topic, fromBeginning: true });
      await this.consumer.run(this.runConfig);
    } catch (error) {
      await this.consumer.disconnect().catch(() => undefined);
      this.onEnded(this);
      throw toLogError(error, `subscribe to ${topic}`);
    }
  }

  /** Set while a crashed consumer waits to be started again. */
  get failure(): string | undefined {
    return this.crash;
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

  private crashed(error: Error, kafkajsRestarts: boolean): void {
    this.assignment.revoke();
    const { topic, groupId } = this.options;
    const ours = !kafkajsRestarts && this.stopping === null;
    const delayMs = ours ? this.restarts.failed(WHOLE_CONSUMER) : 0;
    if (ours) this.crash = `the consumer of ${topic} (group ${groupId}) crashed (${error.message}); starting it again in ${delayMs} ms`;
    const next = kafkajsRestarts ? '; kafkajs restarts it' : ours ? `; starting it again in ${delayMs} ms` : '';
    this.config.logger(kafkajsRestarts ? 'warn' : 'error', `Consumer of ${topic} (group ${groupId}) crashed${next}`, { error: error.message, errorName: error.name });
    if (ours) this.later(delayMs, () => void this.rerun());
  }

  /** kafkajs disconnected the crashed consumer (and kept its subscription): run it again. */
  private async rerun(): Promise<void> {
    if (this.stopping !== null || this.runConfig === undefined) return;
    try {
      await this.consumer.connect();
      // stop() may have come while connecting; its disconnect may have run before the connect.
      if (this.stopping !== null) return void (await this.consumer.disconnect().catch(() => undefined));
      await this.consumer.run(this.runConfig);
    } catch (error) {
      this.crashed(error as Error, false);
    }
  }

  private later(ms: number, resume: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      resume();
    }, ms);
    this.timers.add(timer);
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
      later: (ms, resume) => this.later(ms, resume),
      abandoned: () => this.abandoned,
    });
  }
}

const WHOLE_CONSUMER = -1;

/**
 * kafkajs fetches 1 MiB per partition by default: ~600 of Sitrep's ~1.7 KB records, so a larger
 * batch size would never fill. Fetch room for a whole batch of records up to 2 KiB each.
 */
export function fetchBytesPerPartition(maxBatchSize: number | undefined): number {
  return Math.max(1_048_576, (maxBatchSize ?? 0) * 2_048);
}
