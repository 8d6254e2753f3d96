import { describe, expect, it } from '@jest/globals';
import type { LogRecord } from '@sitrep/contracts';
import { issuesReason, MAX_REASON_CHARS, toRejectedRecord } from './to-rejected-record';

const record: LogRecord = {
  topic: 'sitrep.reports.inbound.v1',
  partition: 4,
  offset: '9007199254740993',
  key: 'pipeline-key',
  value: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
  headers: { ce_type: 'x', 'x-sitrep-reason': 'stale' },
  timestamp: '1',
};

describe('toRejectedRecord', () => {
  it('keeps key, bytes and headers, and adds the reason and the source position', () => {
    const rejected = toRejectedRecord(record, 'value is not valid UTF-8');
    expect(rejected.key).toBe('pipeline-key');
    expect(rejected.value.equals(record.value)).toBe(true);
    expect(rejected.headers).toEqual({
      ce_type: 'x',
      'x-sitrep-reason': 'value is not valid UTF-8',
      'x-sitrep-source-topic': 'sitrep.reports.inbound.v1',
      'x-sitrep-source-partition': '4',
      'x-sitrep-source-offset': '9007199254740993',
    });
  });
});

describe('issuesReason', () => {
  it('is the issue list as JSON', () => {
    const issues = [{ path: 'sources[0].reliability', reason: 'must be one of A–F' }];
    expect(JSON.parse(issuesReason(issues))).toEqual(issues);
  });

  it('cuts a huge list and says how much was left out', () => {
    const issues = Array.from({ length: 5_000 }, (_, i) => ({ path: `sources[${i}].name`, reason: 'must be a non-empty string' }));
    const reason = issuesReason(issues);
    expect(reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
    const parsed = JSON.parse(reason) as { path: string; reason: string }[];
    expect(parsed.at(-1)).toEqual({ path: '(more)', reason: `${5_000 - (parsed.length - 1)} more issues left out` });
  });
});
