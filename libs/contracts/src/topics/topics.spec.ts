import { describe, expect, it } from '@jest/globals';
import { TOPIC_SPECS, TOPICS, topicSpecs } from './topics';

describe('topics', () => {
  it('keeps the log of record forever and every name versioned', () => {
    expect(TOPIC_SPECS.find((t) => t.name === TOPICS.reports)?.retentionMs).toBe(-1);
    for (const name of Object.values(TOPICS)) expect(name).toMatch(/\.v\d+$/);
  });

  it('keeps alert rules on one partition and alert events by fingerprint, both forever', () => {
    expect(TOPIC_SPECS.find((t) => t.name === TOPICS.rules)).toEqual({ name: 'sitrep.rules.v1', partitions: 1, retentionMs: -1 });
    expect(TOPIC_SPECS.find((t) => t.name === TOPICS.alerts)).toMatchObject({ name: 'sitrep.alerts.v1', retentionMs: -1 });
    expect(topicSpecs(3).find((t) => t.name === TOPICS.rules)?.partitions).toBe(1);
  });

  it('scales the partitioned topics only', () => {
    const specs = topicSpecs(12);
    expect(specs.find((t) => t.name === TOPICS.reports)?.partitions).toBe(12);
    expect(specs.find((t) => t.name === TOPICS.rejected)?.partitions).toBe(1);
  });
});
