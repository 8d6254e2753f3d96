import type { ITopicConfig } from 'kafkajs';
import type { TopicSpec } from '@sitrep/contracts';

/**
 * Topics are created explicitly (the broker's auto-creation is off). `cleanup.policy=delete` is
 * stated rather than inherited: the log of record must never be compacted, whatever the broker's
 * default is; retention.ms = -1 keeps it forever.
 */
export function toTopicConfig(spec: TopicSpec, replicationFactor: number): ITopicConfig {
  return {
    topic: spec.name,
    numPartitions: spec.partitions,
    replicationFactor,
    configEntries: [
      { name: 'retention.ms', value: String(spec.retentionMs) },
      { name: 'cleanup.policy', value: 'delete' },
    ],
  };
}
