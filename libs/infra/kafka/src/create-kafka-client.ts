import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { KafkaLogger, KafkaLogLevel, ResolvedKafkaConfig } from './kafka-report-log-config';

const LEVELS: Partial<Record<logLevel, KafkaLogLevel>> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * Lines kafkajs logs louder than they are. It warns on every idempotent producer with bounded
 * retries: we bound them on purpose and replace the producer after any failed send (see
 * ReportLogProducer), which keeps sequence numbers safe. It logs a heartbeat or commit answered
 * "rebalancing" as an error, and warns "re-joining" on it, though that is how every member learns
 * of a normal rebalance (whose outcome the processors log as assignments and revocations).
 */
export function isExpectedNoise(message: string, extra: Record<string, unknown>): boolean {
  if (message.startsWith('Limiting retries for the idempotent producer')) return true;
  if (message.startsWith('The group is rebalancing, re-joining')) return true;
  return /^Response (Heartbeat|OffsetCommit)/.test(message) && /rebalancing/i.test(String(extra.error ?? ''));
}

function toLogCreator(logger: KafkaLogger) {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, ...extra } = log;
      const text = String(message);
      logger(isExpectedNoise(text, extra) ? 'debug' : (LEVELS[level] ?? 'info'), `kafkajs ${namespace}: ${text}`, extra);
    };
}

/**
 * Retries are bounded (about 3 s of back-off) so that an unreachable broker surfaces as an error
 * instead of an endless wait; consumers recover by kafkajs restarting them.
 */
export function createKafkaClient(config: ResolvedKafkaConfig): Kafka {
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    connectionTimeout: 1_000,
    logLevel: logLevel.WARN,
    logCreator: toLogCreator(config.logger),
    retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
  });
}
