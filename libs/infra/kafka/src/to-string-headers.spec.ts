import { describe, expect, it } from '@jest/globals';
import { toStringHeaders } from './to-string-headers';

describe('toStringHeaders', () => {
  it('decodes byte headers as UTF-8, including Arabic text', () => {
    expect(
      toStringHeaders({ ce_type: Buffer.from('sitrep.report.recorded.v1'), ce_source: Buffer.from('حلب', 'utf8') }),
    ).toEqual({ ce_type: 'sitrep.report.recorded.v1', ce_source: 'حلب' });
  });

  it('keeps the last value of a repeated header and drops undefined ones', () => {
    expect(toStringHeaders({ a: [Buffer.from('1'), 'two'], b: undefined, c: '' })).toEqual({ a: 'two', c: '' });
  });

  it('treats missing headers as none', () => {
    expect(toStringHeaders(undefined)).toEqual({});
  });
});
