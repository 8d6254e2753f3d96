import { describe, expect, it } from '@jest/globals';
import type { LogRecord } from '@sitrep/contracts';
import { deadLetterMessage } from './dead-letter-message';

const record: LogRecord = { topic: 'sitrep.reports.v1', partition: 3, offset: '12345678901234', key: 'SYR|al hasakah|2022-01-20', value: Buffer.from([0xff, 0x00]), headers: { ce_type: 'x', ce_id: 'id' }, timestamp: '0' };

describe('deadLetterMessage', () => {
  it('keeps the original key, bytes and headers, and says why, from where and for which read model', () => {
    expect(deadLetterMessage(record, 'value is not valid JSON', 'rm_2')).toEqual({
      key: record.key,
      value: record.value,
      headers: {
        ce_type: 'x',
        ce_id: 'id',
        'x-sitrep-reason': 'value is not valid JSON',
        'x-sitrep-source-topic': 'sitrep.reports.v1',
        'x-sitrep-source-partition': '3',
        'x-sitrep-source-offset': '12345678901234',
        'x-sitrep-read-model': 'rm_2',
      },
    });
  });

  it('cuts a very long reason to keep the header small', () => {
    const reason = deadLetterMessage(record, 'x'.repeat(10_000), 'rm_1').headers?.['x-sitrep-reason'] ?? '';
    expect(reason).toHaveLength(2_000);
    expect(reason.endsWith('…')).toBe(true);
  });
});
