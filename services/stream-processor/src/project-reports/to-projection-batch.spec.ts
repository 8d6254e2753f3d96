import { describe, expect, it } from '@jest/globals';
import { toCloudEventMessage, type LogRecord } from '@sitrep/contracts';
import { assertedReport } from '@sitrep/db';
import { toProjectionBatch } from './to-projection-batch';

const report = assertedReport({ nativeId: 'prison' });
const message = toCloudEventMessage(report, '/sitrep/test');
const at = (offset: string, value: Buffer, headers: Record<string, string>): LogRecord => ({ topic: 't', partition: 4, offset, key: report.logKey, value, headers, timestamp: '0' });

describe('toProjectionBatch', () => {
  it('parses each record and keeps refused ones, in order, as poison with the reason', () => {
    const batch = toProjectionBatch({
      topic: 't',
      partition: 4,
      records: [at('7', message.value, message.headers), at('8', Buffer.from('{"op":'), message.headers), at('9', message.value, { ...message.headers, ce_type: 'other' })],
    });
    expect(batch.topic).toBe('t');
    expect(batch.partition).toBe(4);
    expect(batch.records).toEqual([
      { offset: '7', record: report },
      { offset: '8', poison: true, reason: expect.stringContaining('JSON') },
      { offset: '9', poison: true, reason: expect.stringContaining('unexpected ce_type') },
    ]);
  });
});
