import { describe, expect, it } from '@jest/globals';
import { decodeAlertCursor, encodeAlertCursor, readAlertListQuery } from './alert-list-query';

describe('readAlertListQuery', () => {
  it('reads every filter, the limit and a cursor it gave out', () => {
    const cursor = encodeAlertCursor({ firstFiredAt: '2022-01-21T18:00:00.000Z', fingerprint: 'r@v1|*|x' });
    expect(decodeAlertCursor(cursor)).toEqual({ firstFiredAt: '2022-01-21T18:00:00.000Z', fingerprint: 'r@v1|*|x' });
    expect(readAlertListQuery({ rule: 'r', state: 'firing', from: '2022-01-01', to: '2022-02-01', limit: '10', cursor })).toEqual({
      ok: true,
      filter: { ruleId: 'r', state: 'firing', from: '2022-01-01T00:00:00.000Z', to: '2022-02-01T00:00:00.000Z', limit: 10, after: { firstFiredAt: '2022-01-21T18:00:00.000Z', fingerprint: 'r@v1|*|x' } },
    });
    expect(readAlertListQuery({})).toEqual({ ok: true, filter: { limit: 50 } });
  });

  it('refuses bad values, repeated and unknown parameters', () => {
    const result = readAlertListQuery({ state: 'open', limit: '0', cursor: 'garbage', rule: ['a', 'b'], colour: 'red' });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['colour', 'rule', 'state', 'limit', 'cursor']);
  });
});
