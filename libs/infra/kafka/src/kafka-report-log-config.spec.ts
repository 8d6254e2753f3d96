import { describe, expect, it } from '@jest/globals';
import { resolveKafkaConfig } from './kafka-report-log-config';

const base = { brokers: ['127.0.0.1:9092'], clientId: 'spec' };

describe('resolving the Kafka settings', () => {
  it('fills in production defaults for what is not given', () => {
    const { consumer, appendTimeoutMs, replicationFactor } = resolveKafkaConfig(base);
    expect(consumer).toMatchObject({ sessionTimeoutMs: 30_000, heartbeatIntervalMs: 3_000, maxProcessingMs: 300_000 });
    expect(appendTimeoutMs).toBe(10_000);
    expect(replicationFactor).toBe(1);
  });

  it('never lets a rebalance evict a member sooner than its batch may take (the rebalance timeout covers maxProcessingMs)', () => {
    expect(resolveKafkaConfig({ ...base, consumer: { rebalanceTimeoutMs: 12_000, maxProcessingMs: 300_000 } }).consumer.rebalanceTimeoutMs).toBe(300_000);
    expect(resolveKafkaConfig({ ...base, consumer: { rebalanceTimeoutMs: 12_000 } }).consumer.rebalanceTimeoutMs).toBe(300_000);
    expect(resolveKafkaConfig({ ...base, consumer: { rebalanceTimeoutMs: 12_000, maxProcessingMs: 1_000 } }).consumer.rebalanceTimeoutMs).toBe(12_000);
  });

  it('refuses a log without brokers', () => {
    expect(() => resolveKafkaConfig({ ...base, brokers: [] })).toThrow('at least one broker');
  });
});
