export type KafkaLogLevel = 'debug' | 'info' | 'warn' | 'error';
export type KafkaLogger = (level: KafkaLogLevel, message: string, extra?: Record<string, unknown>) => void;

/** Consumer-group timing. Small values make tests and failover fast; defaults suit production. */
export interface KafkaConsumerTuning {
  /** The broker's group.min.session.timeout.ms (default 6000) is the floor. */
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  /**
   * How long the coordinator waits for members to rejoin during a rebalance. Never shorter than
   * maxProcessingMs (resolveKafkaConfig raises it), as Kafka's own clients tie it to
   * max.poll.interval.ms: a member finishing a slow batch heartbeats, and evicting it would only
   * hand the same slow batch to another member. A dead member leaves after the session anyway.
   */
  rebalanceTimeoutMs: number;
  /**
   * A handler running longer than this counts as stuck (Kafka's max.poll.interval.ms, same default):
   * until then the member heartbeats while it works, after it the group moves its partitions.
   */
  maxProcessingMs: number;
  /** Longest a fetch waits for data on an idle partition; bounds how fast stop() returns. */
  maxWaitTimeMs: number;
  /** Back-off before a batch whose handler failed is delivered again (doubles, capped). */
  retryInitialMs: number;
  retryMaxMs: number;
  /**
   * Batches of this many partitions are handled at once (kafkajs `partitionsConsumedConcurrently`);
   * one partition's batches never overlap. More than 1 lets a consumer's CPU work on one batch while
   * the database commits another; each batch is its own transaction, as if more instances ran.
   */
  partitionsConsumedConcurrently: number;
}

export interface KafkaReportLogConfig {
  brokers: string[];
  clientId: string;
  logger?: KafkaLogger;
  /** Replication factor for topics that ensureTopics creates (1 on a single dev broker). */
  replicationFactor?: number;
  /** An append that has not been acknowledged by then rejects with LogUnavailableError. */
  appendTimeoutMs?: number;
  pingTimeoutMs?: number;
  /** close() stops waiting for consumers stuck in a handler after this long. */
  closeTimeoutMs?: number;
  /** scanPartition gives up (LogUnavailableError) after this long. */
  scanTimeoutMs?: number;
  consumer?: Partial<KafkaConsumerTuning>;
}

export type ResolvedKafkaConfig = Required<Omit<KafkaReportLogConfig, 'consumer'>> & { consumer: KafkaConsumerTuning };

const DEFAULT_CONSUMER: KafkaConsumerTuning = {
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  rebalanceTimeoutMs: 60_000,
  maxProcessingMs: 300_000,
  maxWaitTimeMs: 1_000,
  retryInitialMs: 250,
  retryMaxMs: 30_000,
  partitionsConsumedConcurrently: 3,
};

/** Without a logger, warnings and errors still reach stderr: a silent broker outage is worse. */
const stderrLogger: KafkaLogger = (level, message, extra) => {
  if (level === 'warn' || level === 'error') console.error(`[kafka] ${level}: ${message}`, extra ?? '');
};

export function resolveKafkaConfig(config: KafkaReportLogConfig): ResolvedKafkaConfig {
  if (config.brokers.length === 0) throw new Error('KafkaReportLog needs at least one broker');
  return {
    brokers: config.brokers,
    clientId: config.clientId,
    logger: config.logger ?? stderrLogger,
    replicationFactor: config.replicationFactor ?? 1,
    appendTimeoutMs: config.appendTimeoutMs ?? 10_000,
    pingTimeoutMs: config.pingTimeoutMs ?? 2_000,
    closeTimeoutMs: config.closeTimeoutMs ?? 10_000,
    scanTimeoutMs: config.scanTimeoutMs ?? 60_000,
    consumer: resolveConsumer(config.consumer),
  };
}

function resolveConsumer(given: Partial<KafkaConsumerTuning> = {}): KafkaConsumerTuning {
  const consumer = { ...DEFAULT_CONSUMER, ...given };
  return { ...consumer, rebalanceTimeoutMs: Math.max(consumer.rebalanceTimeoutMs, consumer.maxProcessingMs) };
}
