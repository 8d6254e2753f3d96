import { describe, expect, it } from '@jest/globals';
import { TOPIC_SPECS, TOPICS } from '@sitrep/contracts';
import { toTopicConfig } from './to-topic-config';

describe('toTopicConfig', () => {
  it('keeps the log of record forever and never compacts it', () => {
    const reports = TOPIC_SPECS.find((spec) => spec.name === TOPICS.reports);
    expect(reports).toBeDefined();
    expect(toTopicConfig(reports!, 3)).toEqual({
      topic: 'sitrep.reports.v1',
      numPartitions: 6,
      replicationFactor: 3,
      configEntries: [
        { name: 'retention.ms', value: '-1' },
        { name: 'cleanup.policy', value: 'delete' },
      ],
    });
  });
});
