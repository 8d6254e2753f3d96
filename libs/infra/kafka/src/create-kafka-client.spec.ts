import { describe, expect, it } from '@jest/globals';
import { isExpectedNoise } from './create-kafka-client';

describe('isExpectedNoise: kafkajs lines logged louder than they are', () => {
  it('quiets how members learn of a normal rebalance', () => {
    expect(isExpectedNoise('The group is rebalancing, re-joining', { groupId: 'g' })).toBe(true);
    expect(isExpectedNoise('Response Heartbeat(key: 12, version: 3)', { error: 'The group is rebalancing, so a rejoin is needed' })).toBe(true);
    expect(isExpectedNoise('Response OffsetCommit(key: 8, version: 5)', { error: 'The group is rebalancing, so a rejoin is needed' })).toBe(true);
    expect(isExpectedNoise('Limiting retries for the idempotent producer. Please ensure your producer is idempotent', {})).toBe(true);
  });

  it('keeps what an operator must see: an evicted member, a failed commit, a crash', () => {
    expect(isExpectedNoise('The coordinator is not aware of this member, re-joining the group', {})).toBe(false);
    expect(isExpectedNoise('Response Heartbeat(key: 12, version: 3)', { error: 'The coordinator is not aware of this member' })).toBe(false);
    expect(isExpectedNoise('Response OffsetCommit(key: 8, version: 5)', { error: 'The request timed out' })).toBe(false);
    expect(isExpectedNoise('Crash: KafkaJSNumberOfRetriesExceeded', {})).toBe(false);
  });
});
