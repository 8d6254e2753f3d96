import type { Kafka } from 'kafkajs';
import { LogUnavailableError, type AppendRecord, type LogPosition, type LogRecord, type LogSubscription, type ReportLog, type SubscribeOptions, type TopicSpec } from '@sitrep/contracts';
import { createKafkaClient } from './create-kafka-client';
import { resolveKafkaConfig, type KafkaReportLogConfig, type ResolvedKafkaConfig } from './kafka-report-log-config';
import { KafkaSubscription } from './kafka-subscription';
import { scanPartition } from './partition-scan';
import { ReportLogAdmin } from './report-log-admin';
import { ReportLogProducer } from './report-log-producer';

/**
 * The log of record on Kafka (scaled mode). Appends are idempotent and acks=all; consumers commit
 * only after their handler resolved and seek to the positions they store themselves.
 */
export class KafkaReportLog implements ReportLog {
  readonly kind = 'kafka' as const;
  private readonly config: ResolvedKafkaConfig;
  private readonly kafka: Kafka;
  private readonly producer: ReportLogProducer;
  private readonly admin: ReportLogAdmin;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private closed = false;

  constructor(config: KafkaReportLogConfig) {
    this.config = resolveKafkaConfig(config);
    this.kafka = createKafkaClient(this.config);
    this.producer = new ReportLogProducer(this.kafka, this.config.appendTimeoutMs, this.config.logger);
    this.admin = new ReportLogAdmin(this.kafka, this.config);
  }

  ensureTopics(topics: TopicSpec[]): Promise<void> {
    return this.admin.ensureTopics(topics);
  }

  async append(topic: string, records: AppendRecord[]): Promise<LogPosition[]> {
    this.assertOpen();
    return this.producer.append(topic, records);
  }

  async subscribe(options: SubscribeOptions): Promise<LogSubscription> {
    this.assertOpen();
    const subscription = new KafkaSubscription(this.kafka, options, this.config, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    await subscription.start();
    return subscription;
  }

  endOffsets(topic: string): Promise<Map<number, string>> {
    return this.admin.endOffsets(topic);
  }

  committedOffsets(topic: string, groupId: string): Promise<Map<number, string>> {
    return this.admin.committedOffsets(topic, groupId);
  }

  scanPartition(topic: string, partition: number, fromOffset: string, visit: (record: LogRecord) => void): Promise<void> {
    const deps = {
      subscribe: (options: SubscribeOptions) => this.subscribe(options),
      endOffsets: (t: string) => this.endOffsets(t),
      deleteGroup: (groupId: string) => this.admin.deleteGroup(groupId),
      timeoutMs: this.config.scanTimeoutMs,
    };
    return scanPartition(deps, topic, partition, fromOffset, visit);
  }

  /** Kafka answers, and no consumer of this process lies crashed waiting to be started again. */
  async ping(): Promise<void> {
    await this.admin.ping();
    const failure = [...this.subscriptions].map((s) => s.failure).find((f) => f !== undefined);
    if (failure !== undefined) throw new LogUnavailableError(failure);
  }

  /** Subscriptions not stopped before are abandoned: nothing more of theirs is committed. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.abandon()));
    await Promise.allSettled([this.producer.close(), this.admin.close()]);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('KafkaReportLog is closed');
  }
}
